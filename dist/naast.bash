# bash completion for naast: subcommands, options, scenario ids (the
# library's and your own) and record files.
# The options are read from `naast COMMAND --help`, so they never drift
# from the program; scenario ids come from `naast list --ids`.

_naast() {
  local cur prev words cword
  _init_completion || return

  local i cmd="" global=()
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      --scenarios) global=(--scenarios "${words[i + 1]}"); ((i++)) ;;
      -*) ;;
      *) cmd=${words[i]}; break ;;
    esac
  done

  case $prev in
    --scenarios|--data|--dir|--shots)
      _filedir -d; return ;;
    --resume|--from)
      _filedir json; return ;;
    --record|--out|--html|--events)
      _filedir; return ;;
    --rubric|--scenario)
      _filedir lua; return ;;
    --lang) COMPREPLY=($(compgen -W "nl en" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "dot mermaid" -- "$cur")); return ;;
    --renderer) COMPREPLY=($(compgen -W "software gpu" -- "$cur")); return ;;
    --choices|--step|--trainee|--title|--discuss|--size|--text-size|--random|--seed|--max-states|--bench-frames)
      return ;;
  esac

  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "play run list validate analyze test graph new report compare history export
                             --scenarios --version --help" -- "$cur"))
    return
  fi

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$("${words[0]}" "${global[@]}" "$cmd" --help 2>/dev/null |
                               grep -o -- '--[a-z][a-z-]*' | sort -u)" -- "$cur"))
    return
  fi

  case $cmd in
    play|run|validate|analyze|test|graph)
      COMPREPLY=($(compgen -W "$("${words[0]}" "${global[@]}" list --ids 2>/dev/null)" -- "$cur"))
      _filedir lua ;;
    report|compare|export)
      _filedir json ;;
  esac
}
complete -F _naast naast
