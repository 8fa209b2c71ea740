#!/usr/bin/env python3
"""Signals during terminal play (issue 16, section 7).

naast play runs on a pseudo-terminal, as a trainee would run it. After a
decision or two, SIGINT, SIGTERM or SIGHUP must save the session, say where
to resume, leave the terminal's modes as they were and end by that signal;
SIGKILL loses at most the decision in progress, and --resume continues from
the last one taken. Usage: signals.py NAAST TESTS_DIR
"""
import json, os, pty, re, select, shutil, signal, sys, tempfile, termios, time

naast, tests = os.path.realpath(sys.argv[1]), sys.argv[2]
tmp = tempfile.mkdtemp()
env = dict(os.environ, NAAST_DATA=os.path.join(tmp, "data"), LC_ALL="C.UTF-8")
passed = failed = 0
PROMPT = re.compile(rb"\(1-\d\): $")


def expect(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what} {detail}")


def spawn(*args):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(tests)
        os.execve(naast, [naast, *args], env)
    return pid, fd


def read_until(fd, pattern, timeout=20):
    """Output until pattern matches its end (or EOF / timeout)."""
    out = b""
    end = time.time() + timeout
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if not r:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if pattern is not None and pattern.search(out):
            break
    return out


def decisions(path):
    with open(path) as f:
        return json.load(f)


for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    name = signal.Signals(sig).name
    rec = os.path.join(tmp, f"{name}.json")
    pid, fd = spawn("play", "--term", "--rubric", "rubric.lua", "--record", rec, "fixtures/basic.lua")
    read_until(fd, PROMPT)
    modes = termios.tcgetattr(fd)
    os.write(fd, b"1\n")
    read_until(fd, PROMPT)
    os.kill(pid, sig)
    out = read_until(fd, None, timeout=10)
    _, status = os.waitpid(pid, 0)
    expect(f"{name}: ends by the signal", os.WIFSIGNALED(status) and os.WTERMSIG(status) == sig,
           f"status {status:#x}")
    expect(f"{name}: says how to resume", b"--resume " + rec.encode() in out, out[-300:])
    r = decisions(rec)
    expect(f"{name}: the decision taken is saved", len(r["decisions"]) == 1 and r["ending"] is None)
    expect(f"{name}: no temporary file", not [f for f in os.listdir(tmp) if ".tmp." in f])
    try:
        expect(f"{name}: terminal modes as they were", termios.tcgetattr(fd) == modes)
    except termios.error:
        pass   # the terminal is gone with the process: nothing was changed on it
    os.close(fd)

# SIGKILL: nothing can be done at the moment itself; what was saved after
# the last decision is what counts, and --resume continues from there
rec = os.path.join(tmp, "kill.json")
pid, fd = spawn("play", "--term", "--rubric", "rubric.lua", "--record", rec, "fixtures/basic.lua")
read_until(fd, PROMPT)
os.write(fd, b"1\n")
read_until(fd, PROMPT)
os.write(fd, b"1\n")
read_until(fd, PROMPT)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
os.close(fd)
r = decisions(rec)
expect("SIGKILL: both decisions kept", len(r["decisions"]) == 2, len(r["decisions"]))
pid, fd = spawn("play", "--term", "--rubric", "rubric.lua", "--resume", rec)
out = read_until(fd, PROMPT)
os.write(fd, b"1\n")
out += read_until(fd, re.compile(rb": $"))   # the self-assessment's first question
os.write(fd, b"\n" * 20)
out += read_until(fd, None, timeout=10)
_, status = os.waitpid(pid, 0)
os.close(fd)
expect("SIGKILL: resume exits 0", os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"status {status:#x}")
r = decisions(rec)
expect("SIGKILL: resume continues to the end", len(r["decisions"]) == 3 and r["ending"] is not None,
       out[-400:])

# a kill in the middle of saving: the record is the old one or the new one,
# never a half-written file (the save is atomic); tried at many moments
rec = os.path.join(tmp, "mid.json")
torn = 0
for i in range(30):
    pid, fd = spawn("run", "fixtures/basic.lua", "--rubric", "rubric.lua", "--choices", "1,1,1", "--record", rec)
    time.sleep(0.002 * (i % 15))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if os.path.exists(rec):
        try:
            decisions(rec)
        except ValueError:
            torn += 1
expect("SIGKILL while saving: never a torn record", torn == 0, torn)

shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
