"""Danish texts of the app (the default language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # frame
    "app.name": "Debatradar",
    "app.language": "Sprog",
    "app.signed_in_as": "Logget ind som {name} ({roles})",
    "app.refresh": "Opdatér",
    "app.refresh_help": (
        "Hent de nyeste tal fra indekset i stedet for at vente på næste automatiske opdatering."
    ),
    "app.privacy_note": "Forfattere vises kun som pseudonymer. Alle søgninger og eksporter logges.",
    "nav.alerts": "Varsler",
    "nav.search": "Søgning",
    "nav.issues": "Sager",
    "nav.remote": "Fjerndeltagelse",
    "nav.briefings": "Ugebriefing",
    "nav.sources": "Kilder",
    "nav.admin": "Administration",
    "role.communication": "kommunikation",
    "role.analyst": "analytiker",
    "role.leadership": "direktion",
    "role.admin": "administrator",
    # login
    "login.title": "Log ind",
    "login.tagline": "Tidlig besked, med dokumentation, når en lokal sag begynder at mobilisere.",
    "login.username": "Brugernavn",
    "login.password": "Adgangskode",
    "login.submit": "Log ind",
    "login.failed": "Forkert brugernavn eller adgangskode.",
    "login.locked": (
        "For mange forkerte forsøg. Luk fanen og prøv igen senere, eller kontakt administratoren."
    ),
    "login.no_users": (
        "Der er ingen brugere i konfigurationen (ui.users). En administrator skal oprette mindst én."
    ),
    "login.oidc": "Log ind med kommunens konto",
    "login.no_role": (
        "Du er logget ind, men har ingen rolle i Debatradar (kravet '{claim}' mangler). Bed "
        "administratoren om at tildele dig en rolle."
    ),
    "login.logout": "Log ud",
    "login.privacy": (
        "Debatradar følger den offentlige debat, ikke enkeltpersoner. Forfattere er pseudonymer, og alle "
        "søgninger og eksporter skrives i en revisionslog."
    ),
    # common
    "chart.week_n": "uge {n}",
    "common.choose": "Vælg …",
    "alert.state.open": "Åben",
    "alert.state.closed": "Lukket",
    "issue.status.active": "Aktiv",
    "issue.status.dormant": "Hvilende",
    "issue.status.merged": "Lagt sammen",
    "common.all": "Alle",
    "common.yes": "Ja",
    "common.no": "Nej",
    "common.unknown": "Ukendt",
    "common.no_data": "Ingen data endnu.",
    # levels
    "level.watch": "Hold øje",
    "level.warning": "Advarsel",
    "level.alert": "Alarm",
    "level.watch.help": (
        "Åbne sager med niveau 'Hold øje': en sag vokser mere end normalt, men uden tydelig mobilisering "
        "endnu."
    ),
    "level.warning.help": (
        "Åbne sager med niveau 'Advarsel': flere mobiliseringssignaler på én gang. Bør følges dagligt."
    ),
    "level.alert.help": (
        "Åbne sager med niveau 'Alarm': en sag mobiliserer kraftigt lige nu. Kræver handling."
    ),
    # platforms, kinds, languages
    "platform.news": "Nyheder",
    "platform.letters": "Læserbreve",
    "platform.consultation": "Høringssvar",
    "platform.council": "Byråd",
    "platform.reddit": "Reddit",
    "platform.mastodon": "Mastodon",
    "platform.bluesky": "Bluesky",
    "platform.facebook": "Facebook",
    "platform.x": "X",
    "platform.other": "Andet",
    "kind.news_feed": "Nyhedsfeed",
    "kind.news_sitemap": "Nyheds-sitemap",
    "kind.reddit": "Reddit",
    "kind.mastodon": "Mastodon",
    "kind.bluesky": "Bluesky",
    "kind.html_listing": "Webside-liste",
    "kind.file_import": "Filimport",
    "lang.da": "dansk",
    "lang.nb": "norsk (bokmål)",
    "lang.nn": "norsk (nynorsk)",
    "lang.sv": "svensk",
    "lang.en": "engelsk",
    "lang.de": "tysk",
    "lang.und": "ukendt sprog",
    # calls to action
    "cue.petition": "Underskriftindsamling",
    "cue.sign": "Skriv under",
    "cue.share": "Del opslaget",
    "cue.show_up": "Mød op",
    "cue.demonstration": "Demonstration",
    "cue.public_meeting": "Borgermøde",
    "cue.consultation": "Høringssvar",
    "cue.protest": "Protest",
    "cue.save_stop": "Red/bevar/stop/nej til",
    "cue.contact": "Kontakt politikerne",
    "cue.hashtag": "Kampagne-hashtag",
    "cue.petition_link": "Link til underskrifter",
    "cue.event_link": "Link til begivenhed",
    # signals
    "signal.burst": "Pludselig vækst",
    "signal.burst.help": "hvor meget mængden af indlæg ligger over sagens eget normale niveau.",
    "signal.authors": "Nye deltagere",
    "signal.authors.help": (
        "vækst i antallet af forskellige forfattere og andelen, der aldrig har skrevet om sagen før."
    ),
    "signal.calls_to_action": "Opfordringer",
    "signal.calls_to_action.help": (
        "hvor tæt indlæggene er på opfordringer som 'skriv under', 'mød op' og links til "
        "underskriftindsamlinger."
    ),
    "signal.narrowness": "Snæver sag",
    "signal.narrowness.help": "hvor koncentreret debatten er om ét sted eller én genstand.",
    "signal.spread": "Spredning",
    "signal.spread.help": "hvor mange platforme og kilder sagen er nået ud på.",
    "signal.coordination": "Koordinering",
    "signal.coordination.help": (
        "mange næsten enslydende tekster på kort tid (kopierede breve eller høringssvar)."
    ),
    # home signals
    "home.profile_location": "Profilens bopæl",
    "home.signature": "Underskrift (Navn, By)",
    "home.postcode": "Postnummer",
    "home.self_reference": "Egen omtale ('her i …')",
    "home.geotag": "Geotag",
    "home.community": "Fællesskab (fx r/Aarhus)",
    "home.source_home": "Kildens område",
    # errors
    "error.not_logged_in": "Du er ikke logget ind.",
    "error.forbidden": "Din rolle giver ikke adgang til denne side.",
    "error.store_down": (
        "Indekset kan ikke nås lige nu, så der kan ikke vises data. Intet går tabt: nye indlæg venter "
        "sikkert og bliver indekseret, når det kører igen. Prøv igen om lidt, eller kontakt driften."
    ),
    "error.store": "Data kunne ikke hentes fra indekset: {detail} Prøv igen, eller kontakt driften.",
    "error.query": "Søgningen kunne ikke udføres: {detail} Ret søgeteksten og prøv igen.",
    "error.config": "Konfigurationen er ikke gyldig: {detail}",
    "error.generic": "Noget gik galt: {detail}",
    "error.unexpected": "Der opstod en uventet fejl. Siden kører videre; fejlen er skrevet i serverens log.",
    # documents
    "docs.untitled": "(uden titel)",
    "docs.author": "af {author}",
    "docs.no_author": "ingen forfatter",
    # charts
    "chart.day": "Dag",
    "chart.week": "Uge",
    "chart.from": "Fra",
    "chart.count": "Antal",
    "chart.documents": "Indlæg",
    "chart.authors": "Forfattere",
    "chart.issue": "Sag",
    "chart.municipality": "Kommune",
    "chart.region": "Region",
    # alerts page
    "alerts.help": (
        "Et varsel opstår, når en lokal sag begynder at mobilisere: mange nye deltagere, opfordringer til"
        " handling og hurtig vækst. Niveauet følger sagen, mens den vokser og dør ud."
    ),
    "alerts.intro": (
        "Sager, der mobiliserer lige nu – nyeste først. Vælg et varsel for at se dokumentationen."
    ),
    "alerts.unacknowledged": "Ikke kvitteret",
    "alerts.unacknowledged.help": (
        "Åbne varsler, som endnu ingen i kommunikationsafdelingen har kvitteret for."
    ),
    "alerts.state": "Status",
    "alerts.state.open": "Åbne",
    "alerts.state.closed": "Lukkede",
    "alerts.state.all": "Alle",
    "alerts.min_level": "Mindst niveau",
    "alerts.min_level.help": "Vis kun varsler på dette niveau eller højere.",
    "alerts.municipality": "Kommune",
    "alerts.only_unacknowledged": "Kun ikke-kvitterede",
    "alerts.only_mine": "Kun tildelt mig",
    "alerts.empty": (
        "Ingen varsler passer til filtrene. Det er et godt tegn: ingen lokal sag mobiliserer lige nu."
    ),
    "alerts.not_found": "Varslet findes ikke (længere). Gå tilbage til listen.",
    "alerts.table_note": "{shown} varsler. Klik på en kolonneoverskrift for at sortere.",
    "alert.seen": "først set {first}, opdateret {updated}",
    "alerts.table_note.one": "1 varsel. Klik på en kolonneoverskrift for at sortere.",
    "alerts.col.level": "Niveau",
    "alerts.col.level.help": (
        "Hold øje < Advarsel < Alarm. Grænserne står i konfigurationen (detection.levels)."
    ),
    "alerts.col.label": "Sag",
    "alerts.col.label.help": "Sagens navn: de vigtigste ord og stedet, fundet automatisk.",
    "alerts.col.municipality": "Kommune",
    "alerts.col.place": "Sted",
    "alerts.col.growth": "Vækst (14 dage)",
    "alerts.col.growth.help": "Antal indlæg pr. dag de seneste 14 dage.",
    "alerts.col.remote": "Fjerndeltagelse",
    "alerts.col.remote.help": (
        "Andelen af forfattere med kendt bopæl, som bor uden for kommunen. Vises kun, når nok forfatteres"
        " bopæl er kendt."
    ),
    "alerts.col.score": "Score",
    "alerts.col.score.help": (
        "Samlet mobiliseringsscore fra 0 til 1: et vægtet gennemsnit af signalerne (vækst, nye deltagere,"
        " opfordringer, snæverhed, spredning, koordinering)."
    ),
    "alerts.col.first_seen": "Først set",
    "alerts.col.first_seen.help": "Hvornår episoden startede (første dag over 'Hold øje').",
    "alerts.col.updated": "Opdateret",
    "alerts.col.state": "Status",
    "alerts.col.handled": "Kvitteret af",
    "alerts.col.handled.help": "Hvem i kommunikationsafdelingen der har set og kvitteret for varslet.",
    "alerts.col.assigned": "Tildelt",
    "alerts.open": "Åbn et varsel",
    "alerts.open.placeholder": "Vælg et varsel …",
    "alerts.back": "Tilbage til listen",
    "alerts.rules": "Regler fra gemte søgninger",
    "alerts.rules.help": (
        "Analytikere kan gøre en gemt søgning til en regel: den slår til, når mindst et antal nye indlæg "
        "matcher inden for et tidsrum."
    ),
    "rules.col.name": "Regel",
    "rules.col.owner": "Oprettet af",
    "rules.col.hits": "Nye indlæg",
    "rules.col.hits.help": "Indlæg, der matcher søgningen inden for reglens tidsrum.",
    "rules.col.threshold": "Grænse",
    "rules.col.threshold.help": "Så mange nye indlæg skal der til, før reglen slår til.",
    "rules.col.window": "Tidsrum (timer)",
    "rules.col.window.help": "Hvor langt tilbage nye indlæg tælles.",
    "rules.col.fired": "Slået til",
    "rules.level": "Niveau",
    "rules.channels": "Kanaler",
    "rules.channels.help": "Hvor reglens besked sendes hen. Tom betyder alle kanaler.",
    # alert detail
    "alert.tab.growth": "Forløb",
    "alert.tab.signals": "Signaler",
    "alert.tab.cues": "Opfordringer",
    "alert.tab.documents": "Indlæg",
    "alert.tab.platforms": "Platforme",
    "alert.tab.geography": "Geografi",
    "alert.tab.handling": "Håndtering",
    "alert.score": "Score",
    "alert.peak": "Højeste niveau",
    "alert.peak.help": "Det højeste niveau, sagen har nået i denne episode.",
    "alert.updated.help": "Hvornår varslet sidst blev beregnet.",
    "alert.documents": "Indlæg",
    "alert.documents.help": "Antal indlæg i episoden.",
    "alert.no_growth": "Der er endnu ingen vækstkurve for dette varsel.",
    "alert.growth.note": "Indlæg og forskellige forfattere pr. dag i episoden.",
    "alert.no_signals": "Der er ingen signaler gemt for dette varsel.",
    "alert.signal": "Signal",
    "alert.signal_value": "Styrke (0–1)",
    "alert.no_cues": "Der er ikke fundet opfordringer til handling.",
    "alert.cue.family": "Type",
    "alert.cue.family.help": "Hvilken slags opfordring (fx 'skriv under' eller 'mød op').",
    "alert.cue.count": "Antal",
    "alert.cue.count.help": "Hvor mange gange denne type opfordring er fundet.",
    "alert.cue.example": "Eksempel",
    "alert.no_documents": "Der er ingen indlæg at vise.",
    "alert.documents.note": (
        "De mest centrale indlæg i episoden. Forfattere vises som pseudonymer, medmindre de er offentlige"
        " aktører."
    ),
    "alert.platforms": "Platforme",
    "alert.platforms.help": "Hvor indlæggene er skrevet. Jo flere platforme, jo bredere er mobiliseringen.",
    "alert.platform": "Platform",
    "alert.sources": "Kilder",
    "alert.source": "Kilde",
    "alert.handling.status": "Kvitteret af: **{by}** · Tildelt: **{to}**",
    "alert.acknowledge": "Kvittér",
    "alert.acknowledge.help": "Markér, at kommunikationsafdelingen har set varslet.",
    "alert.acknowledged": "Varslet er kvitteret.",
    "alert.assign": "Tildel til",
    "alert.assign.help": "Navnet på den, der følger sagen.",
    "alert.assign.button": "Tildel",
    "alert.assigned": "Varslet er tildelt.",
    "alert.nobody": "(ingen)",
    "alert.comments": "Kommentarer",
    "alert.no_comments": "Ingen kommentarer endnu.",
    "alert.comment": "Ny kommentar",
    "alert.comment.help": "Kommentarer gemmes på varslet og kan ses af alle med adgang til varsler.",
    "alert.comment.button": "Tilføj kommentar",
    "alert.commented": "Kommentaren er gemt.",
    # search page
    "search.help": (
        "Søg i alt, hvad der er skrevet om en sag. Søgningen forstår danske bøjninger: 'vindmøller' "
        "finder også 'vindmøllen'."
    ),
    "search.intro": "Søg, filtrér og eksportér. Alle søgninger og eksporter skrives i revisionsloggen.",
    "search.query": "Søgetekst",
    "search.placeholder": 'fx  skole + lukning -budget  eller  "bevar træerne"',
    "search.syntax": (
        "**Søgesyntaks**\n\n- `skole lukning`: begge ord (eller bøjninger af dem)\n- `skole | børnehave`: ét"
        ' af ordene\n- `-budget`: uden ordet\n- `"bevar træerne"`: præcis frase\n- `vindmø*`: ord der '
        "begynder sådan\n- parenteser samler: `(skole | institution) + lukning`"
    ),
    "search.submit": "Søg",
    "search.period": "Periode",
    "search.period.help": "Udgivelsesdato (dansk tid). Tom betyder hele perioden.",
    "search.platforms": "Platforme",
    "search.municipalities": "Kommuner",
    "search.sources": "Kilder",
    "search.issues": "Sager",
    "search.cues": "Opfordringer",
    "search.cues.help": "Kun indlæg med denne type opfordring til handling.",
    "search.languages": "Sprog",
    "search.sort": "Sortering",
    "search.sort.relevance": "Mest relevante",
    "search.sort.newest": "Nyeste først",
    "search.sort.oldest": "Ældste først",
    "search.interval": "Tidslinje pr.",
    "search.interval.day": "Dag",
    "search.interval.week": "Uge",
    "search.interval.month": "Måned",
    "search.start": (
        "Skriv en søgetekst eller vælg filtre, og tryk Søg. Uden søgetekst vises de nyeste indlæg, der "
        "passer til filtrene."
    ),
    "search.total": "{total} indlæg",
    "search.total.help": "Alle indlæg, der matcher søgningen og filtrene.",
    "search.took": "Søgningen tog {ms} ms.",
    "search.none": "Ingen indlæg matcher. Prøv færre ord, et bredere tidsrum eller færre filtre.",
    "search.previous": "Forrige",
    "search.next": "Næste",
    "search.page": "Side {page} af {pages}",
    "search.facet.help": "Hvor mange af de fundne indlæg der har hver værdi.",
    "search.facet.platform": "Platform",
    "search.facet.source_id": "Kilde",
    "search.facet.municipality_code": "Kommune",
    "search.facet.issue_id": "Sag",
    "search.facet.lang": "Sprog",
    "search.facet.cues.family": "Opfordring",
    "search.facet.hashtags": "Hashtag",
    # export
    "export.title": "Eksport",
    "export.help": (
        "Eksportér alle fundne indlæg (højst {limit}) til et regneark. Eksporten skrives i revisionsloggen."
    ),
    "export.prepare.csv": "Lav CSV",
    "export.prepare.xlsx": "Lav Excel (XLSX)",
    "export.download": "Hent {kind} ({rows} rækker)",
    "export.capped": (
        "Der er {total} indlæg, men en eksport rummer højst {limit}. Indsnævr søgningen for at få resten med."
    ),
    "export.sheet": "Indlæg",
    "export.col.published": "Udgivet",
    "export.col.platform": "Platform",
    "export.col.source": "Kilde",
    "export.col.municipality": "Kommune",
    "export.col.issue": "Sag",
    "export.col.title": "Titel",
    "export.col.text": "Tekst",
    "export.col.url": "Link",
    "export.col.author": "Forfatter (pseudonym)",
    "export.col.actor_type": "Aktørtype",
    "export.col.lang": "Sprog",
    "export.col.cues": "Opfordringer",
    "export.col.hashtags": "Hashtags",
    "export.col.id": "Id",
    # saved searches
    "saved.title": "Gemte søgninger ({n})",
    "saved.save": "Gem søgningen",
    "saved.name": "Navn",
    "saved.name.missing": "Giv søgningen et navn.",
    "saved.as_rule": "Gør søgningen til en alarmregel",
    "saved.as_rule.help": (
        "Reglen slår til, når mindst 'Grænse' nye indlæg matcher inden for 'Tidsrum'. Den vises under "
        "Varsler og sendes til de valgte kanaler."
    ),
    "saved.save.button": "Gem",
    "saved.saved": "Søgningen '{name}' er gemt.",
    "saved.use": "Brug",
    "saved.delete": "Slet",
    "saved.rule": "regel: {hits} indlæg / {hours} t",
    "saved.rule_on": "Slå regel til",
    "saved.rule_off": "Slå regel fra",
    # issues page
    "issues.help": (
        "En sag er en snæver lokal debat (fx en skolelukning eller en vindmøllepark), fundet automatisk "
        "og fulgt over tid med et fast id."
    ),
    "issues.intro": "De lokale sager, der debatteres: hvor meget, hvor længe og hvem der deltager.",
    "issues.empty": "Der er endnu ingen sager. De opstår, når emnemodellen har kørt på de indsamlede indlæg.",
    "issues.quiet": "Ingen sager har haft indlæg i den valgte periode.",
    "issues.not_found": "Sagen findes ikke (længere). Gå tilbage til listen.",
    "issues.tab.over_time": "Over tid",
    "issues.tab.compare": "Sammenlign",
    "issues.status": "Status",
    "issues.status.help": (
        "Aktiv: der skrives om sagen. Hvilende: stille i en periode. Lagt sammen: indgår nu i en anden sag."
    ),
    "issues.status.active": "Aktive",
    "issues.status.dormant": "Hvilende",
    "issues.status.merged": "Lagt sammen",
    "issues.status.all": "Alle",
    "issues.period": "Periode",
    "issues.days": "{n} dage",
    "issues.chart.note": "Indlæg pr. dag for de {n} mest debatterede sager i perioden.",
    "issues.col.label": "Sag",
    "issues.col.label.help": "Sagens navn: de vigtigste ord og stedet, fundet automatisk.",
    "issues.col.documents": "Indlæg",
    "issues.col.documents.help": "Indlæg om sagen i den valgte periode.",
    "issues.col.authors": "Forfattere",
    "issues.col.authors.help": "Summen af forskellige forfattere pr. dag i perioden.",
    "issues.col.trend": "Udvikling",
    "issues.col.trend.help": "Indlæg pr. dag i perioden.",
    "issues.col.known": "Kendt bopæl",
    "issues.col.last_seen": "Senest set",
    "issues.col.keywords": "Nøgleord",
    "issues.col.keywords.help": "De ord, der bedst kendetegner sagen.",
    "issues.open": "Åbn en sag",
    "issues.open.placeholder": "Vælg en sag …",
    "issues.back": "Tilbage til sagerne",
    "issues.compare.pick": "Vælg 2–5 sager",
    "issues.compare.help": "Sammenlign forløb og nøgletal for flere sager.",
    "issues.compare.empty": "Vælg mindst to sager for at sammenligne dem.",
    # issue detail
    "issue.tab.timeline": "Tidslinje",
    "issue.tab.words": "Ord og opfordringer",
    "issue.tab.places": "Steder",
    "issue.tab.documents": "Indlæg",
    "issue.tab.lineage": "Historik",
    "issue.documents": "Indlæg i alt",
    "issue.documents.help": "Alle indlæg, der hører til sagen.",
    "issue.has_alert": "Sagen har et varsel ({level}) fra {day}.",
    "issue.new_authors": "Nye forfattere",
    "issue.new_authors.help": "Forfattere, der skrev om sagen for første gang (summeret over dagene).",
    "issue.cue_documents": "Indlæg med opfordring",
    "issue.cue_documents.help": "Indlæg, der opfordrer til handling (skriv under, mød op, del …).",
    "issue.significant": "Ord der skiller sig ud",
    "issue.significant.help": "Ord, der er langt hyppigere i sagens indlæg end i resten af debatten.",
    "issue.term": "Ord",
    "issue.term_score": "Skiller sig ud (score)",
    "issue.cues": "Opfordringer",
    "issue.cues.help": "Typer af opfordringer til handling i sagens indlæg.",
    "issue.hashtags": "Hashtags",
    "issue.hashtag": "Hashtag",
    "issue.place": "Sted",
    "issue.no_places": "Der er ikke fundet stednavne i sagens indlæg.",
    "issue.places.note": "Stednavne i de {n} nyeste indlæg.",
    "issue.documents.note": "De {shown} nyeste af {total} indlæg.",
    "issue.no_lineage": "Sagen er ikke lagt sammen med eller delt fra andre sager.",
    "issue.open_other": "Åbn: {label}",
    "lineage.created": "Oprettet",
    "lineage.merged_into": "Lagt sammen med",
    "lineage.absorbed": "Har optaget",
    "lineage.split_from": "Udskilt fra",
    "lineage.split_into": "Delt i",
    # remote participation
    "remote.help": (
        "Fjerndeltagelse: hvor stor en del af dem, der deltager i en lokal debat, der bor et andet sted. "
        "Bopælen udledes af profilens bopæl, underskrifter, postnumre, 'her i …' og lignende."
    ),
    "remote.intro": "Hvor bor de, der deltager? For hele kommunen i en periode eller for én sag.",
    "remote.scope": "Udsnit",
    "remote.scope.municipality": "Hele kommunen",
    "remote.scope.issue": "Én sag",
    "remote.issue": "Sag",
    "remote.no_issues": "Der er ingen sager i {municipality} endnu.",
    "remote.authors": "Forfattere",
    "remote.authors.help": "Forskellige (pseudonyme) forfattere i udsnittet.",
    "remote.known_authors": "Kendt bopæl",
    "remote.known_authors.help": "Forfattere, hvis bopælskommune kunne udledes med tilstrækkelig sikkerhed.",
    "remote.unknown_authors": "Ukendt bopæl",
    "remote.unknown_authors.help": "Forfattere uden signaler om, hvor de bor. De tæller ikke med i andelen.",
    "remote.remote_authors": "Bor udenfor",
    "remote.remote_authors.help": "Forfattere med kendt bopæl i en anden kommune.",
    "remote.share": "Andel udefra",
    "remote.share.help": (
        "Forfattere, der bor i en anden kommune, divideret med forfattere med kendt bopæl. Vises kun, når"
        " nok bopæle er kendt (detection.remote.min_known_authors)."
    ),
    "remote.vs_usual": "{diff} mod normalt",
    "remote.median_distance": "Typisk afstand",
    "remote.median_distance.help": (
        "Medianafstanden (mellem kommunernes midtpunkter) fra de udefrakommende forfatteres kommune til "
        "den debatterede kommune."
    ),
    "remote.too_few": "Kun {n} forfattere har kendt bopæl – for få til at beregne en pålidelig andel.",
    "remote.dominated": (
        "Stemmer udefra dominerer debatten: over halvdelen af forfatterne med kendt bopæl bor i andre "
        "kommuner."
    ),
    "remote.unusual": "Andelen af deltagere udefra er usædvanlig høj for denne kommune.",
    "remote.no_authors": "Der er ingen forfattere i udsnittet.",
    "remote.no_homes": "Ingen forfattere har kendt bopæl endnu.",
    "remote.no_remote": "Ingen forfattere bor uden for kommunen.",
    "remote.no_trend": "Der er for få uger til at vise en udvikling.",
    "remote.map": "Hvor deltagerne bor",
    "remote.map.help": (
        "Én cirkel pr. kommune, størrelse efter antal forfattere. Blå: bor i kommunen. Orange: bor "
        "udenfor. Den sorte ruder markerer den debatterede kommune."
    ),
    "remote.map.note": (
        "Grå prikker er Danmarks 98 kommuner. Kortet er tegnet uden kortfliser og virker offline."
    ),
    "remote.local": "Lokal",
    "remote.other": "Øvrige kommuner",
    "remote.pooled": (
        "Kommuner med færre end {n} forfattere vises samlet som 'Øvrige kommuner' ({m} forfattere)."
    ),
    "remote.remote": "Udefra",
    "remote.debated_in": "Debatteret i",
    "remote.distance": "Afstand",
    "remote.distance.help": "Hvor langt de udefrakommende forfattere bor fra den debatterede kommune.",
    "remote.trend": "Udvikling pr. uge",
    "remote.trend.help": (
        "Grå søjler: forfattere med kendt bopæl i ugen. Orange linje: andelen af dem, der bor udenfor."
    ),
    "remote.homes": "Bopælskommuner",
    "remote.homes.help": "Antal forfattere pr. bopælskommune.",
    "remote.signals": "Hvordan bopælen er fundet",
    "remote.signals.help": "Det signal, der afgjorde hver forfatters bopæl.",
    "remote.signal": "Signal",
    "remote.privacy": (
        "Kun samlede tal vises. Ingen enkeltpersoner kan udpeges, og der er ingen oversigt over, hvad én "
        "person har skrevet."
    ),
    # briefings
    "briefings.help": (
        "Ugebriefingen samler ugens vigtigste lokale sager, mobiliseringer og fjerndeltagelse til "
        "direktionen. Den laves automatisk hver mandag."
    ),
    "briefings.intro": "Ugen på én skærm, og arkivet af ugebriefinger som webside og PDF.",
    "briefings.tab.week": "Denne uge",
    "briefings.tab.archive": "Arkiv",
    "briefings.week_title": "Uge {week} ({start} – {end})",
    "briefings.documents": "Indlæg i ugen",
    "briefings.documents.help": (
        "Indlæg udgivet i ugen (mandag–søndag, dansk tid); pilen viser ændringen fra ugen før."
    ),
    "briefings.new_alerts": "Nye varsler i ugen",
    "briefings.new_alerts.help": "Varsler, hvis episode startede i denne uge.",
    "briefings.remote": "Andel udefra ({municipality})",
    "briefings.top_issues": "Ugens mest debatterede sager",
    "briefings.top_issues.help": "Sager med flest indlæg i ugen; ændringen er i forhold til ugen før.",
    "briefings.change": "Ændring",
    "briefings.new": "ny",
    "briefings.no_issues": "Ingen sager har haft indlæg i denne uge.",
    "briefings.latest": "Seneste briefing ({week})",
    "briefings.empty": (
        "Der er endnu ingen ugebriefinger. Den første laves mandag morgen (eller med 'debatradar brief')."
    ),
    "briefings.all_languages": "Vis alle sprog",
    "briefings.pick": "Briefing",
    "briefings.generated": "Lavet {at}",
    "briefings.download": "Hent PDF",
    "briefings.no_pdf": "PDF'en findes ikke på serveren.",
    "figure.authors": "Forfattere",
    "figure.active_issues": "Aktive sager",
    "figure.alerts_open": "Åbne varsler",
    "figure.alerts_new": "Nye varsler",
    "figure.documents": "Indlæg",
    "figure.documents_change": "Ændring i indlæg",
    "figure.alerts": "Varsler",
    "figure.new_alerts": "Nye varsler",
    "figure.issues": "Sager",
    "figure.remote_share": "Andel udefra",
    # sources
    "sources.help": (
        "Kilderne er de nyhedsmedier, fora og sider, Debatradar henter fra. Her ses, om hentningen virker."
    ),
    "sources.intro": "Status for hver kilde ved seneste kørsel og historikken over hentninger.",
    "sources.empty": "Der er ingen kilder i konfigurationen endnu (sources).",
    "sources.source": "Kilde",
    "sources.source.help": "Kildens id i konfigurationen.",
    "sources.kind": "Type",
    "sources.status": "Status",
    "sources.status.help": "OK: alt blev hentet. Delvis: nogle sider fejlede. Fejlet: intet kunne hentes.",
    "sources.status.ok": "OK",
    "sources.status.degraded": "Delvis",
    "sources.status.failed": "Fejlet",
    "sources.status.never": "Aldrig hentet",
    "sources.status.ok.help": "Kilder, hvor seneste hentning lykkedes helt.",
    "sources.status.degraded.help": "Kilder, hvor seneste hentning delvist fejlede.",
    "sources.status.failed.help": "Kilder, hvor seneste hentning fejlede helt.",
    "sources.status.never.help": "Konfigurerede kilder, der endnu ikke er hentet.",
    "sources.last_success": "Seneste succes",
    "sources.last_success.help": "Hvornår kilden sidst blev hentet uden fejl.",
    "sources.finished": "Seneste kørsel",
    "sources.items": "Hentet",
    "sources.items.help": "Emner hentet i seneste kørsel.",
    "sources.new": "Nye",
    "sources.new.help": "Emner, der ikke var set før.",
    "sources.updated": "Ændrede",
    "sources.updated.help": "Emner, hvis indhold var ændret siden sidst.",
    "sources.duplicates": "Dubletter",
    "sources.duplicates.help": "Emner, der allerede var hentet uændret.",
    "sources.errors": "Fejl",
    "sources.errors.help": "Antal fejl i seneste kørsel (fx timeout, 404, 429).",
    "sources.last_error": "Seneste fejl",
    "sources.configured": "I konfigurationen",
    "sources.configured.help": "Om kilden stadig står i konfigurationen.",
    "sources.not_configured": "Nej (fjernet)",
    "sources.history": "Historik",
    "sources.history.help": "Hver prik er én kørsel: hvor mange emner der blev hentet.",
    "sources.pick": "Kilde",
    "sources.no_history": "Der er ingen kørsler endnu.",
    "sources.duration": "Varighed",
    # admin
    "admin.help": "Brugere og roller, kanaler for beskeder, grænser for varsler og revisionsloggen.",
    "admin.intro": "Ændringer valideres, før de skrives i konfigurationsfilen, og skrives i revisionsloggen.",
    "admin.tab.users": "Brugere",
    "admin.tab.channels": "Kanaler",
    "admin.tab.thresholds": "Grænser",
    "admin.tab.audit": "Revisionslog",
    "admin.users.oidc": (
        "Brugere logger ind med kommunens konto (OIDC). Roller tildeles i identitetsudbyderen (fx som "
        "app-roller i Microsoft Entra ID) og læses fra kravet '{claim}'. Gyldige roller: communication, "
        "analyst, leadership, admin."
    ),
    "admin.username": "Brugernavn",
    "admin.username.help": "Små bogstaver, tal, punktum, bindestreg eller understreg.",
    "admin.display_name": "Navn",
    "admin.roles": "Roller",
    "admin.roles.help": (
        "Kommunikation: varsler. Analytiker: søgning og eksport. Direktion: briefinger. Administrator: alt."
    ),
    "admin.password": "Adgangskode",
    "admin.password.help": "Mindst 10 tegn. Lad feltet stå tomt for at beholde den nuværende.",
    "admin.password.missing": "en ny bruger skal have en adgangskode",
    "admin.user.edit": "Opret eller ret bruger",
    "admin.user.edit.help": "Findes brugernavnet, rettes brugeren; ellers oprettes en ny.",
    "admin.user.keep_admin": "du kan ikke fjerne din egen administratorrolle",
    "admin.user.delete": "Slet bruger",
    "admin.user.delete.placeholder": "Vælg en bruger …",
    "admin.delete": "Slet",
    "admin.save": "Gem",
    "admin.saved": "Gemt i konfigurationen.",
    "admin.channel.name": "Navn",
    "admin.channel.kind": "Type",
    "admin.channel.target": "Modtager",
    "admin.channel.target.help": (
        "E-mailadresser, eller navnet på den hemmelighed, der holder webhook-adressen."
    ),
    "admin.channel.secret": "hemmelighed '{key}' (sat: {state})",
    "admin.channel.min_level.help": "Det laveste niveau, kanalen får besked om.",
    "admin.channel.mode": "Måde",
    "admin.channel.mode.help": "Med det samme: én besked pr. ændring. Samlet: en opsummering.",
    "admin.mode.immediate": "Med det samme",
    "admin.mode.digest": "Samlet",
    "admin.channel.keywords": "Nøgleord",
    "admin.channel.keywords.help": (
        "Kun sager, hvis navn indeholder et af ordene (adskilt med komma). Tom: alle."
    ),
    "admin.channel.quiet": "Stille timer",
    "admin.channel.quiet.help": "I dette tidsrum (dansk tid) sendes kun samlede beskeder.",
    "admin.channel.quiet_from": "Fra kl.",
    "admin.channel.quiet_to": "Til kl.",
    "admin.channel.max": "Højst pr. time",
    "admin.channel.max.help": "Loft over antal beskeder pr. time.",
    "admin.channel.pick": "Ret regler for kanal",
    "admin.channel.add": "Tilføj e-mailkanal",
    "admin.channel.to": "Modtagere",
    "admin.channel.to.help": "En eller flere e-mailadresser adskilt med komma.",
    "admin.channel.delete": "Slet kanalen '{name}'",
    "admin.thresholds.intro": (
        "Scoren går fra 0 til 1. Grænserne skal stige: Hold øje < Advarsel < Alarm. Ændringer gælder fra "
        "næste kørsel af detektoren."
    ),
    "admin.threshold.help": "Den score, hvorfra en sag får dette niveau.",
    "admin.dominate": "Udefra dominerer over",
    "admin.dominate.help": "Andel udefra, over hvilken debatten markeres som domineret af stemmer udefra.",
    "admin.margin": "Usædvanlig margin",
    "admin.margin.help": (
        "Hvor meget over kommunens normale andel udefra en sag skal ligge for at være usædvanlig."
    ),
    "admin.min_known": "Mindst kendte bopæle",
    "admin.min_known.help": "Antal forfattere med kendt bopæl, før en andel udefra vises.",
    "admin.thresholds.saved": "Grænserne er gemt.",
    "admin.audit.intro": (
        "Alle søgninger, eksporter, åbnede varsler og sager, log ind og ændringer. Loggen gemmes i {days}"
        " dage."
    ),
    "admin.audit.actions": "Handlinger",
    "admin.audit.user": "Bruger",
    "admin.audit.user.help": "Vis kun poster for brugernavne, der indeholder teksten.",
    "admin.audit.limit": "Antal poster",
    "admin.audit.empty": "Ingen poster passer til filtrene.",
    "admin.audit.at": "Tidspunkt",
    "admin.audit.action": "Handling",
    "admin.audit.query": "Søgetekst",
    "admin.audit.filters": "Filtre",
    "admin.audit.hits": "Resultater",
    "admin.audit.hits.help": "Antal fundne eller eksporterede indlæg.",
    "admin.audit.detail": "Detaljer",
    "admin.audit.export": "Lav CSV af loggen",
    "admin.audit.download": "Hent revisionslog (CSV)",
    "audit.search": "Søgning",
    "audit.export": "Eksport",
    "audit.view_alert": "Åbnede varsel",
    "audit.view_issue": "Åbnede sag",
    "audit.login": "Log ind",
    "audit.purge": "Sletning",
    "audit.config": "Konfiguration",
}
