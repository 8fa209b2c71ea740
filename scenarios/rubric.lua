-- Naast: de rubric (scoringsdimensies en de acht lessen)
--
-- Waarom zeven dimensies?
--   De acht lessen van Het Ondersteuningsteam ("De 8 lessen die het
--   Ondersteuningsteam leerde en wil delen", april 2023) plus de drie
--   elementen van de traumasensitieve basishouding uit SIGNA-LEREN (2022)
--   zouden samen elf dimensies geven. Die overlappen sterk: les 2 en les 4
--   gaan allebei over regie bij de ouder, les 1 en les 7 allebei over het
--   verhaal van de ouder. Elf dimensies zouden bovendien de punten van elke
--   beslissing te dun uitsmeren. Daarom zeven dimensies (brief §3.1), elk
--   gekoppeld aan de lessen waar ze uit voortkomen. Elke les valt onder
--   minstens één dimensie. Antwoorden dragen daarnaast lesnummers
--   (lessons = {...}), zodat de nabespreking toch per les kan rapporteren en
--   de reflectievragen van die les kan tonen.
--
-- Hoe ze gegrond zijn:
--   * regulatie, verbinding en veiligheid zijn de drie elementen van de
--     traumasensitieve basishouding in SIGNA-LEREN ("wat is je overkomen?"
--     in plaats van "wat is er mis met jou?"). De gedragingen die het rapport
--     per element noemt (actief luisteren, gedrag duiden, geduldig zijn;
--     gesprekken samen voorbereiden, contact met kind en keten herstellen;
--     betrouwbaar zijn, afspraken nakomen, niet oordelen, basisbehoeften,
--     geen dreiging vanuit een machtspositie) zijn wat hier punten oplevert.
--   * erkenning, regie, systemisch en transparantie zijn de mensgerichte
--     thema's van de acht lessen: de impact van de toeslagenaffaire en het
--     verhaal van de ouder (les 1, 3, 7), de regie bij de ouder (les 2, 4),
--     de verweven belangen van kind en ouder (les 6, 7) en de
--     machtsverhouding met eerlijkheid over de eigen rol (les 8).
--   * Een eerlijk "nee" hoort in SIGNA-LEREN bij veiligheid. In deze rubric
--     telt expliciete duidelijkheid over rol, mandaat of een "nee" onder
--     transparantie; veiligheid gaat over betrouwbaarheid, niet oordelen en
--     geen dreiging. Zo tellen punten niet dubbel.
--
-- Schaal: -2 tot +3 per antwoord, alleen op de dimensies die een antwoord
-- echt raakt (meestal 1 tot 3). +3 is wat een ervaren procesbegeleider zou
-- doen, +2 goed, +1 goede bedoeling maar gedeeltelijk, 0 niet geraakt, -1
-- procedure eerst of subtiel ontkrachtend, -2 duidelijk schadelijk
-- (oordelen, dreigen, je verschuilen achter macht, een valse belofte, een
-- risico voor het kind negeren). De sessiescore per dimensie is de som van
-- wat verdiend is gedeeld door de som van het beste dat beschikbaar was.
--
-- De teksten van de lessen volgen het rapport (titels letterlijk), de kern
-- en de adviezen zijn in eigen woorden samengevat; korte citaten staan
-- tussen aanhalingstekens.

rubric {
  scale = { min = -2, max = 3 },

  -- De stoel van de cursist: elk scenario noemt er één (role = "..."). Een
  -- trainer voegt hier een rol toe zonder iets aan het programma te veranderen.
  roles = {
    role { id = "procesbegeleider", label = "procesbegeleider", label_en = "process supervisor" },
    role { id = "jeugdbeschermer", label = "jeugdbeschermer", label_en = "child protection worker" },
    role { id = "omgangsbegeleider", label = "omgangsbegeleider", label_en = "contact supervisor" },
    role { id = "collega", label = "collega in intervisie", label_en = "peer in intervision" },
  },

  dimensions = {
    dimension {
      id = "erkenning",
      label = "Erkenning van de impact",
      label_en = "Acknowledging impact",
      description = "Levert op: doorvragen naar de impact van de toeslagenaffaire op alle leefgebieden en die bij naam noemen, verlies en verdriet erkennen, ruimte geven voor het verhaal van de ouder (wat is er gebeurd, hoe was het vroeger?), inspanningen en kracht benoemen. Kost: het verhaal overslaan, bagatelliseren (“iedereen heeft weleens schulden”), de affaire als achtergrond of “ander loket” behandelen, het dossier laten spreken voordat de ouder aan het woord is geweest.",
      description_en = "Earns: asking about the benefits affair's impact on every area of life and naming it, acknowledging loss and grief, making room for the parent's story (what happened, how was it before?), naming efforts and strengths. Costs: skipping the story, minimising (“everyone has debts sometimes”), treating the affair as background or “another department”, letting the case file speak before the parent has.",
      lessons = { 1, 3, 7 },
    },
    dimension {
      id = "regulatie",
      label = "Emotionele regulatie",
      label_en = "Emotional regulation",
      description = "Levert op: vertragen, actief luisteren, gevoelens terugleggen, structureren en verduidelijken, geduldig zijn en herhalen, een pauze aanbieden, aansluiten bij het tempo van de ouder en eerst de spanning laten zakken voordat je de inhoud in gaat. Kost: inhoud doordrukken terwijl de spanning hoog is, in discussie gaan of feiten rechtzetten, haasten, moraliseren over toon (“als u zo doet...”).",
      description_en = "Earns: slowing down, active listening, reflecting feelings, structuring and clarifying, patience and repetition, offering a pause, matching the parent's pace and letting tension drop before moving to content. Costs: pushing content while tension is high, arguing or correcting facts, rushing, moralising about tone (“if you act like this...”).",
      lessons = { 3, 5 },
    },
    dimension {
      id = "verbinding",
      label = "Verbinding",
      label_en = "Connection",
      description = "Levert op: contact op menselijk niveau (professionele nabijheid), de ouder ook als ouder zien, gesprekken samen voorbereiden, contact met kind, familie en ketenpartners (opnieuw) zoeken en ondersteunen, gedrag duiden en vertalen in een overleg. Kost: koele afstand als “professionaliteit”, de eigen agenda boven het contact, over de ouder praten in de derde persoon, een overleg over de ouder zonder de ouder.",
      description_en = "Earns: contact on a human level (professional closeness), seeing the parent as a parent too, preparing conversations together, (re)building and supporting contact with the child, family and chain partners, interpreting and translating behaviour in a meeting. Costs: cool distance as “professionalism”, one's own agenda over the contact, talking about the parent in the third person, a meeting about the parent without the parent.",
      lessons = { 3, 6, 8 },
    },
    dimension {
      id = "veiligheid",
      label = "Veiligheid in het contact",
      label_en = "Felt safety",
      description = "Levert op: betrouwbaar zijn, afspraken en beloftes nakomen, niet oordelen, mee zorgen dat aan basisbehoeften is voldaan (onderdak, eten, een dreigende uithuiszetting), geen dreiging zijn door niet vanuit een machtspositie te handelen. Kost: gedrag beoordelen als bewijs over het ouderschap, een gebroken belofte, dreigen (verholen of open), een uithuiszetting of gebrek aan eten laten liggen. Expliciete duidelijkheid over je rol of een eerlijk “nee” telt onder transparantie.",
      description_en = "Earns: being reliable, keeping appointments and promises, not judging, helping to secure basic needs (housing, food, a looming eviction), not being a threat by not acting from a position of power. Costs: reading behaviour as proof about parenting, a broken promise, threats (veiled or open), ignoring an eviction or a lack of food. Explicit clarity about one's role or an honest “no” scores under transparency.",
      lessons = { 5, 8 },
    },
    dimension {
      id = "regie",
      label = "Regie bij de ouder",
      label_en = "Parent's control",
      description = "Levert op: vragen wat de ouder wil en waar ze wel en geen hulp bij wil, keuzes bieden, dingen samen met de ouder doen (zij belt, jij zit ernaast), taken teruggeven, samen nieuwe doelen en kleine stappen om uit te proberen bedenken. Kost: overnemen (“dat regel ik wel even”), een plan opleggen, hulp voorwaardelijk maken (“eerst..., dan...”), vasthouden aan de status quo.",
      description_en = "Earns: asking what the parent wants and what she does and doesn't want help with, offering choices, doing things with the parent (she makes the call, you sit beside her), handing tasks back, setting new goals and trial steps together. Costs: taking over (“I'll sort that out”), imposing a plan, making help conditional (“first..., then...”), holding on to the status quo.",
      lessons = { 2, 4, 8 },
    },
    dimension {
      id = "systemisch",
      label = "Systemisch kijken, belangen verweven",
      label_en = "Interwoven interests",
      description = "Levert op: het belang van het kind én van de ouder samen zien, vragen wat de ouder denkt dat haar kind nodig heeft, het perspectief van het kind, pleegouders en netwerk meenemen, werken aan een gedeelde analyse, een echt veiligheidsrisico benoemen en de ouder bij het antwoord betrekken. Kost: “ik handel alleen in het belang van het kind”, kind en ouder tegenover elkaar zetten, de ouder buitensluiten, en een echt risico voor het kind negeren (altijd de laagste score, min twee, en nooit de beste optie).",
      description_en = "Earns: seeing the child's and the parent's interests together, asking what the parent thinks her child needs, including the child's, foster parents' and network's perspectives, working towards a shared analysis, naming a real safety risk and involving the parent in the answer. Costs: “I act only in the child's interest”, setting child against parent, shutting the parent out, and ignoring a real risk to the child (always the lowest score, minus two, and never the best option).",
      lessons = { 6, 7 },
    },
    dimension {
      id = "transparantie",
      label = "Transparantie over rol en macht",
      label_en = "Transparency about role and power",
      description = "Levert op: zeggen wie je bent, wat je wel en niet beslist en wat er met informatie gebeurt, een eerlijk “nee” met wat wél kan, alleen beloven wat je kunt waarmaken, je bewust zijn van je eigen (partijdige) rol. Kost: je verschuilen achter een rechterlijke uitspraak of “daar ga ik niet over”, vage beloftes (“dat komt goed”), verborgen rapporteren of bellen zonder het te zeggen, “dat hoort u nog”.",
      description_en = "Earns: saying who you are, what you do and don't decide and what happens with information, an honest “no” together with what is possible, promising only what you can keep, awareness of your own (partisan) role. Costs: hiding behind a court ruling or “that's not up to me”, vague promises (“it will be fine”), hidden reporting or calls made without saying so, “you'll hear about it”.",
      lessons = { 8, 2, 7 },
    },
  },

  lessons = {
    lesson {
      number = 1,
      title = "Richt je niet op deeloplossingen, maar eerst op de impact van de toeslagenaffaire",
      title_en = "Don't start with partial fixes; look first at the impact of the benefits affair",
      core = "De toeslagenaffaire kwam niet “erbij”: de langdurige armoede en onzekerheid veranderden het hele leven van ouders en kinderen, op alle leefgebieden tegelijk. Wie de affaire terugbrengt tot een schuldenprobleem of losse hulpvragen één voor één afhandelt, mist hoe de obstakels met elkaar samenhangen.",
      advice = {
        "Vraag altijd door naar de impact van de toeslagenaffaire op alle leefgebieden en erken het leed dat die heeft veroorzaakt.",
        "Geef ouders de ruimte hun verhaal te vertellen en hun ervaringen te delen: wat is er gebeurd, waar sta je nu, hoe was het vroeger?",
        "Zoek samen de verbanden tussen de obstakels (schulden, geen benzine, geen werk, stress, ruzie) en help ze weg te nemen.",
        "Toets elke deeloplossing aan het hele herstel: “Is dat wat je doet belangrijk en van waarde?”",
        "Erken dat niet altijd te bereiken is wat je een gezin zou wensen.",
      },
      questions = {
        "Wanneer heb je een ouder voor het laatst gevraagd hoe het vroeger was, vóór de toeslagenaffaire? Wat hoorde je toen?",
        "Welke deeloplossing heb je onlangs aangeboden? Hoe verhield die zich tot wat de ouder zelf probeert op te bouwen?",
        "Welke verbanden tussen leefgebieden zie je in een gezin dat je nu begeleidt, en welke heeft de ouder je zelf aangewezen?",
        "Wanneer merk je bij jezelf de neiging om meteen te vragen “waar wil je concreet hulp bij?” Wat gebeurt er als je die vraag uitstelt?",
        "Hoe erken je tegenover een ouder dat sommige schade niet meer te herstellen is?",
      },
      questions_en = {
        "When did you last ask a parent what life was like before the benefits affair? What did you hear?",
        "Which partial fix did you offer recently? How did it relate to what the parent is trying to rebuild?",
        "Which links between areas of life do you see in a family you support now, and which did the parent point out to you?",
        "When do you feel the urge to ask “what exactly do you want help with?” straight away? What happens if you wait?",
        "How do you acknowledge to a parent that some damage can no longer be undone?",
      },
    },
    lesson {
      number = 2,
      title = "Ondersteun ouders alleen bij de obstakels in hun herstel waar ze hulp bij nodig hebben",
      title_en = "Support parents only with the obstacles in their recovery they need help with",
      core = "Ouders weten waarin zij herstel zoeken en kunnen veel zelf; ze houden vast aan de regie, omdat niemand dé oplossing voor hen heeft. Ook ouders die hun kind niet veilig konden houden, willen deel van de oplossing zijn. Wie overneemt of hen buitenspel zet, vergroot hun machteloosheid: “Helpen is niet redden.”",
      advice = {
        "Neem ouders serieus en geloof in hun wil tot herstel, ook als hun gedrag soms ingewikkeld is: ook zij willen dat hun kind goed opgroeit.",
        "Ondersteun alleen bij de obstakels die ouders niet alleen kunnen overwinnen; als professional ben je een middel in hun herstel.",
        "Laat elke ouder meedenken over mogelijke oplossingen, en erken het als iets niet op te lossen is.",
        "Wees helder over hoe je bijdraagt, hoe lang je er bent en hoe je de ouder duurzaam sterker maakt en de regie teruggeeft.",
      },
      questions = {
        "Wat heb je deze week voor een ouder gedaan dat de ouder ook zelf had kunnen doen, met jou ernaast?",
        "Hoe vraag je een ouder waar ze wél en niet bij geholpen wil worden? Welke woorden gebruik je?",
        "Een ouder zei: “Zij moeten me sterker maken en een passant in mijn leven zijn.” Wanneer weet jij dat je weg mag gaan?",
        "Waar zet je ouders (onbedoeld) buitenspel, bijvoorbeeld bij het maken van een plan of het plannen van een afspraak?",
        "Wanneer was overnemen echt nodig, en hoe gaf je de regie daarna terug?",
      },
      questions_en = {
        "What did you do for a parent this week that the parent could have done herself, with you beside her?",
        "How do you ask a parent what she does and doesn't want help with? Which words do you use?",
        "A parent said: “They should make me stronger and be a passer-by in my life.” How do you know when it is time to leave?",
        "Where do you (unintentionally) sideline parents, for instance when drawing up a plan or scheduling a meeting?",
        "When was taking over really necessary, and how did you hand control back afterwards?",
      },
    },
    lesson {
      number = 3,
      title = "Kijk- en werk mensgericht, dat is een essentiële basishouding om ouders en kinderen in complexe situaties te ondersteunen",
      title_en = "Look and work person-centred: an essential basic attitude for supporting parents and children in complex situations",
      core = "Ouders ervaren dat hun verhaal er niet toe doet, dat de zienswijze van professionals vastligt en dat de finishlijn steeds wordt verlegd. Niet professionele afstand maar professionele nabijheid werkt: elke keer opnieuw luisteren en zien hoe het vandaag met deze ouder gaat, als mens én als ouder.",
      advice = {
        "Word kundig in mensgericht werken: vraag naar het welbevinden van de ouder en bespreek samen wat nodig en haalbaar is.",
        "Wees je bewust van je eigen normen, verwachtingen, houding en gedrag en van het effect daarvan op anderen; leg anderen jouw normen niet op.",
        "Blijf kijken naar de kracht van ouders en zet die in; toon geduld en verdraagzaamheid.",
        "Zorg met coaching en intervisie voor zelfreflectie en laat anderen kritisch meekijken.",
        "Organisaties: leer mensgericht werken goed aan en maak het mogelijk om het vol te houden, juist als een relatie moeilijk of gespannen is.",
      },
      questions = {
        "Hoe begin je een gesprek: vraag je eerst hoe het vandaag gaat, of ligt je agenda al klaar?",
        "Welke eigen norm (over post, op tijd komen, toon, opvoeden) merkte je onlangs in een gesprek met een ouder?",
        "Een ouder zei: “Door hulpverleners word je soms wel als mens gezien, maar niet als moeder.” Hoe laat jij merken dat je de ouder als ouder ziet?",
        "Wat betekent professionele nabijheid voor jou, en waar ligt voor jou de grens?",
        "Wanneer heb je een collega voor het laatst gevraagd kritisch naar jouw manier van werken te kijken?",
      },
      questions_en = {
        "How do you open a conversation: do you first ask how today is going, or is your agenda already set?",
        "Which norm of your own (about post, punctuality, tone, parenting) did you notice recently in a conversation with a parent?",
        "A parent said: “Professionals sometimes see you as a person, but not as a mother.” How do you show that you see the parent as a parent?",
        "What does professional closeness mean to you, and where is your limit?",
        "When did you last ask a colleague to take a critical look at how you work?",
      },
    },
    lesson {
      number = 4,
      title = "Stel continu nieuwe doelen in het herstelproces, want gezinnen zijn in ontwikkeling",
      title_en = "Keep setting new goals in the recovery process, because families develop",
      core = "Veel professionals werken toe naar een status quo, terwijl ouders herstellen, kinderen in een nieuwe levensfase komen en bestaanszekerheid verbetert. Als de situatie beter wordt, geef dan (een deel van) de verantwoordelijkheid terug, en zoek ook waar veiligheid op het spel staat naar wat nog wél kan: een groeimindset.",
      advice = {
        "Zie de ouder als een mens die zich ontwikkelt, leert en wil veranderen, en die op eigen wijze aan herstel kan werken.",
        "Richt je op het proces dat iemand doormaakt en kijk steeds opnieuw wat nodig en haalbaar is.",
        "Erken de inspanningen die de ouder levert, breng de mogelijkheden in kaart en laat die zien.",
        "Durf uit te proberen wat wél weer kan, met een moment om samen terug te kijken.",
      },
      questions = {
        "Welke vooruitgang heb je bij een ouder gezien die nog niet in het plan of het dossier staat?",
        "Wanneer heb je voor het laatst samen met een ouder een doel bijgesteld? Wie nam het initiatief?",
        "Hoe voorkom je dat er bij elk behaald doel een nieuwe voorwaarde bij komt?",
        "“Het gaat goed, laten we niets veranderen”: wat zeg je tegen een collega die dit zegt?",
        "Welke kleine stap zou je in een gezin dat je kent nu wél kunnen uitproberen?",
      },
      questions_en = {
        "What progress have you seen in a parent that is not yet in the plan or the case file?",
        "When did you last adjust a goal together with a parent? Who took the initiative?",
        "How do you prevent a new condition appearing every time a goal is met?",
        "“It's going well, let's not change anything”: what do you say to a colleague who says this?",
        "Which small trial step would be possible now in a family you know?",
      },
    },
    lesson {
      number = 5,
      title = "Focus je niet op het gedrag van de ouder; dat kan leiden tot onterechte, negatieve aannames over hen als opvoeder",
      title_en = "Don't focus on the parent's behaviour; it can lead to unfair negative assumptions about them as a parent",
      core = "Gemiste afspraken, ongeopende post of felle emoties tegenover een professional worden snel gelezen als oordeel over iemands ouderschap, met gevolgen zoals een kortere bezoekregeling. Maar boosheid tegen een professional maakt iemand geen slechte opvoeder. Zoek de vaak logische oorzaak achter gedrag en geef het ondertiteling, zodat het context en betekenis krijgt.",
      advice = {
        "Zorg dat je blik niet vertroebelt door te veel focus op het gedrag van ouders.",
        "Werk trauma- en cultuursensitief en kijk naar de, vaak logische, redenen achter gedrag.",
        "Beweeg mee met de vraag van de ouder in plaats van te oordelen over wat de vraag of het gedrag zou moeten zijn.",
        "Bespreek de impact van gedrag en of dat de uitkomst is die de ouder wil, zonder te moraliseren.",
        "Vertaal en duid gedrag voor anderen (ondertiteling), bijvoorbeeld in een overleg.",
      },
      questions = {
        "Welk gedrag van een ouder irriteert of beangstigt jou het meest? Wat zou erachter kunnen zitten?",
        "Hoe houd je in je verslagen gedrag tegenover jou gescheiden van het ouderschap?",
        "“Achter boosheid schuilt verdriet”: wanneer zag je dat in je eigen werk?",
        "Hoe zou je in een overleg ondertiteling geven bij de boosheid van een ouder, zonder de ouder kleiner te maken?",
        "Wanneer werd een omgangsmoment (ongemerkt) een examen voor de ouder?",
      },
      questions_en = {
        "Which behaviour of a parent irritates or frightens you most? What might lie behind it?",
        "How do you keep behaviour towards you separate from parenting in your reports?",
        "“Behind anger lies grief”: when did you see that in your own work?",
        "How would you give “subtitles” to a parent's anger in a meeting without making the parent smaller?",
        "When did a contact visit (unnoticed) become an exam for the parent?",
      },
    },
    lesson {
      number = 6,
      title = "Richt je niet enkel op de kindproblematiek",
      title_en = "Don't look only at the child's problems",
      core = "Zeggen dat je “alleen in het belang van het kind” handelt, doet ouders pijn: het diskwalificeert hen en zet jullie tegenover elkaar. De belangen van kinderen en ouders zijn altijd met elkaar verweven; de ouder ondersteunen is in het belang van het kind. De veiligheid van het kind heeft prioriteit, en juist daarover praat je mét de ouder.",
      advice = {
        "Werk aan herstel waarin verschillende belangen vertegenwoordigd zijn: geen enkel belang staat vanzelf voorop, andere belangen worden meegewogen en er worden concessies gedaan.",
        "Werk systeemgericht en integraal en ondersteun de relatie tussen ouder en kind, en daarmee het herstel van het hele gezin.",
        "Erken ouders in hun ouderschap en laat hen meedenken over de stappen die nodig en wenselijk zijn.",
        "Neem het perspectief van het kind en van pleegouders mee: een kind kan elders een plek hebben en daar gehecht zijn.",
      },
      questions = {
        "Wanneer heb je “in het belang van het kind” gezegd of gedacht? Hoe klonk dat voor de ouder?",
        "Hoe vraag je een ouder wat zij denkt dat haar kind nodig heeft?",
        "Hoe bespreek je een echte zorg over veiligheid zó dat de ouder meedenkt in plaats van tegenover je komt te staan?",
        "Wiens perspectief ontbreekt nu in een gezin dat je begeleidt: het kind, de pleegouders, de familie?",
      },
      questions_en = {
        "When did you say or think “in the child's interest”? How did it sound to the parent?",
        "How do you ask a parent what she thinks her child needs?",
        "How do you raise a real safety concern so that the parent thinks along instead of standing opposite you?",
        "Whose perspective is missing in a family you support now: the child's, the foster parents', the wider family's?",
      },
    },
    lesson {
      number = 7,
      title = "Werk aan een analyse waarin de ontstane situatie van het gezin wordt ontrafeld",
      title_en = "Work on an analysis that unravels how the family's situation came about",
      core = "Ouders hebben geen controle over hun eigen verhaal: ze kunnen gegevens niet corrigeren en worden niet betrokken bij hoe een oordeel tot stand komt. Analyses zijn vaak eenzijdig en de krachten ontbreken. Een gedeelde, bij voorkeur onafhankelijke verklarende analyse neemt ieders beeld en nieuwe informatie, zoals de toeslagenaffaire, mee en leidt tot onderbouwde besluiten.",
      advice = {
        "Ouders met een kinderbeschermingsmaatregel hebben er recht op dat hun situatie opnieuw wordt bekeken, met nieuwe informatie zoals die uit de toeslagenaffaire.",
        "Neem in een gedeelde analyse alle beelden en belangen mee, ook wat goed ging en de krachten van het gezin.",
        "Wees je bewust van de (partijdige) rol die je zelf inneemt.",
        "Begin bij het verhaal van de ouders, liefst voordat je het dossier leest, en wees bereid te zien wat onbedoeld fout is gegaan.",
      },
      questions = {
        "Lees je het dossier vóór of na je eerste gesprek met een ouder? Wat doet dat met je blik?",
        "Wat doe je als een ouder zegt dat er iets in het dossier staat dat niet klopt?",
        "Welke krachten van het gezin staan niet in het dossier dat je kent?",
        "Welke (partijdige) rol heb jij zelf in de analyse van een gezin, en hoe maak je die bespreekbaar?",
      },
      questions_en = {
        "Do you read the case file before or after your first conversation with a parent? What does that do to how you look?",
        "What do you do when a parent says something in the file is wrong?",
        "Which strengths of the family are missing from the file you know?",
        "Which (partisan) role do you yourself play in a family's analysis, and how do you make it discussable?",
      },
    },
    lesson {
      number = 8,
      title = "Zorg voor onafhankelijke ondersteuning; dat geeft ouders een betere positie in de machtsverhouding waarin ze zitten",
      title_en = "Arrange independent support; it gives parents a better position in the power relationship they are in",
      core = "Ouders moeten door hoepels springen, en wie de analyses maakt en de eisen stelt, beslist ook over hun kinderen. Hulp voelt voorwaardelijk, en professionals houden zich vast aan een rechterlijke uitspraak die ze zelf mee hebben voorbereid. Wie náást de ouder staat, duidelijk is over de eigen rol en eerlijk “nee” zegt waar het moet, vormt een tegenwicht.",
      advice = {
        "Heb oog voor de machtsongelijkheid die in functies en organisaties zit, en zorg dat die kleiner wordt.",
        "Wees duidelijk over je rol: wat beslis je wel en niet, en wat gebeurt er met wat de ouder vertelt?",
        "Werk transparant, ook als het antwoord “nee” is, en laat ouders onderdeel van de oplossing zijn.",
        "Organiseer laagdrempelige, onafhankelijke ondersteuning, bijvoorbeeld cliëntondersteuning, en benut de kennis van professionals die de ouder ondersteunen.",
      },
      questions = {
        "Hoe leg jij in één zin uit wat je wel en niet beslist? Probeer het hardop.",
        "Wanneer heb je voor het laatst “de rechter heeft besloten” gezegd? Wie had die uitspraak voorbereid?",
        "Welke hulp die je biedt is (onbedoeld) voorwaardelijk: “eerst dit, dan dat”?",
        "Hoe zeg je eerlijk “nee”, en wat doe je direct daarna?",
        "Wie staat in een gezin dat je begeleidt náást de ouder? Is onafhankelijke ondersteuning in beeld?",
      },
      questions_en = {
        "How do you explain in one sentence what you do and don't decide? Try it out loud.",
        "When did you last say “the judge has decided”? Who prepared that ruling?",
        "Which help you offer is (unintentionally) conditional: “first this, then that”?",
        "How do you say an honest “no”, and what do you do right after?",
        "Who stands beside the parent in a family you support? Is independent support in the picture?",
      },
    },
  },
}
