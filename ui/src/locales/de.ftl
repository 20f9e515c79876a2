### Twoways Wörter auf Deutsch: dieselben Nachrichten wie en.ftl, in derselben Reihenfolge.
###
### Anrede „du“. Begriffe: journal → Journal, partnership → Tandem, session → Treffen,
### agenda item → Agendapunkt, action item → Aufgabe, goal → Ziel, skill → Kompetenz,
### rating → Einschätzung, learning → Erkenntnis, learning log → Lernjournal,
### agreement → Vereinbarung, pack → Paket, trash → Papierkorb, backup → Sicherung.

## Common: words every view uses

common-cancel = Abbrechen
common-close = Schließen
common-delete = Löschen
common-undo = Rückgängig
common-edit = Bearbeiten
common-add = Hinzufügen
common-back = Zurück
common-done = Fertig
common-loading = Wird geladen…
common-try-again = Erneut versuchen
common-restore = Wiederherstellen
count-records = { $count ->
    [one] { $count } Datensatz
   *[other] { $count } Datensätze
}

## Partnership, goals, skills, templates and feedback

template-first-session-name = Erstes Treffen
template-first-session-summary = Einander kennenlernen: Erwartungen und Grundregeln.
template-first-session-item-1 = Vorstellung: wer { $my_first_name } und { $partner_first_name } sind und was beide mitbringen
template-first-session-item-2 = Erwartungen: was jede und jeder von uns sich vom Tandem wünscht
template-first-session-item-3 = Grundregeln: Vertraulichkeit, Grenzen, wie wir einander Feedback geben
template-first-session-item-4 = Wie oft und wo wir uns treffen
template-first-session-item-5 = Erste Ziele, an denen wir arbeiten
template-first-session-item-6 = Nächste Schritte
template-regular-session-name = Regelmäßiges Treffen
template-regular-session-summary = Check-in, die Aufgaben vom letzten Mal, ein Thema, Übung, nächste Schritte.
template-regular-session-item-1 = Check-in: Wie ist es seit dem letzten Mal gelaufen?
template-regular-session-item-2 = Aufgaben vom letzten Mal ({ $open_actions } offen)
template-regular-session-item-3 = Thema von Treffen { $session_number }
template-regular-session-item-4 = Übung: gemeinsam ausprobieren
template-regular-session-item-5 = Nächste Schritte und Aufgaben
template-goal-review-name = Zielrückblick
template-goal-review-summary = Wo die Ziele stehen und welche wir behalten, ändern oder streichen.
template-goal-review-item-1 = Wo wir bei { $goal_titles } stehen
template-goal-review-item-2 = Was sich bewegt hat, seit wir sie gesetzt haben, und was nicht
template-goal-review-item-3 = Jedes Ziel behalten, ändern oder streichen
template-goal-review-item-4 = Nächste Schritte
template-closing-session-name = Abschlusstreffen
template-closing-session-summary = Was jede und jeder von uns gelernt hat und was weitergeht.
template-closing-session-item-1 = Was { $partner_first_name } gelernt hat
template-closing-session-item-2 = Was { $my_first_name } gelernt hat
template-closing-session-item-3 = Was nach dem Tandem weitergeht
template-closing-session-item-4 = Dank und Feedback in beide Richtungen
agreement-section-goals = Unsere Ziele
agreement-section-ground-rules = Grundregeln
agreement-section-confidentiality = Vertraulichkeit
agreement-section-boundaries = Grenzen und Themen, die tabu sind
agreement-section-rhythm = Wie oft und wie lange wir uns treffen
agreement-section-feedback = Wie wir Feedback geben
agreement-section-timeframe = Zeitraum und wie wir abschließen

feedback-add-title = Feedback hinzufügen
feedback-not-saved = Nicht gespeichert: { $error }
feedback-save-keys = Strg+Eingabe zum Speichern
feedback-save = Feedback speichern
feedback-given-to = An { $partner } gegeben
feedback-from = Von { $partner }
feedback-delete-label = Dieses Feedback löschen
feedback-about-session = Zum Treffen { $session }
feedback-session-untitled = ohne Titel
feedback-went-well = Was gut lief
feedback-to-improve = Was besser werden kann
feedback-which-way = Richtung
feedback-author-me = Von mir an { $partner }
feedback-author-partner = Von { $partner } an mich
feedback-date = Datum
feedback-session = Zum Treffen
feedback-no-session = Kein bestimmtes Treffen
feedback-rating = Einschätzung (optional)
feedback-went-well-placeholder-given = Was { $partner } getan hat und dir geholfen hat
feedback-went-well-placeholder-received = Was laut { $partner } gut funktioniert hat
feedback-history-went-well = Feedback „Was gut lief“
feedback-history-to-improve = Feedback „Was besser werden kann“
feedback-markdown-hint = Markdown geht: **fett**, *kursiv*, - Listen.
feedback-to-improve-placeholder-given = Eine Sache zum Ausprobieren beim nächsten Mal
feedback-to-improve-placeholder-received = Was dein Gegenüber sich anders wünscht
feedback-who-may-see = Wer es sehen darf
feedback-only-me = Nur ich
feedback-shared-with = Geteilt mit { $partner }
feedback-visibility-hint-given = Feedback, das du gibst, ist für { $partner } gedacht, darum ist es zunächst geteilt: Es kommt in Exporte für { $partner }.
feedback-visibility-hint-received = Deine Notizen dazu, was { $partner } dir gesagt hat, sind zunächst privat: Sie bleiben auf diesem Computer, außer du teilst sie.
feedback-session-title-fallback = Treffen
feedback-rating-none = Keine Einschätzung
feedback-rating-poor = Schwach
feedback-rating-fair = Mittelmäßig
feedback-rating-good = Gut
feedback-rating-very-good = Sehr gut
feedback-rating-excellent = Hervorragend
feedback-stars = { $rating } von 5
partnership-action-not-updated = Die Aufgabe konnte nicht geändert werden: { $error }
partnership-action-owner-me = Ich
partnership-action-done-on = Erledigt am { $date }
partnership-action-overdue-on = Überfällig: { $date } ({ $relative })
partnership-action-due-on = Fällig am { $date } ({ $relative })
partnership-action-no-due-date = Kein Fälligkeitsdatum
partnership-action-from-session = aus „{ $session }“
partnership-action-delete-label = Aufgabe löschen: { $action }
partnership-actions-heading = Aufgaben
partnership-actions-open = { $count ->
    [one] { $count } offen
   *[other] { $count } offen
}
partnership-actions-open-overdue = { $count ->
    [one] { $count } offen, { $overdue }
   *[other] { $count } offen, { $overdue }
}
partnership-actions-overdue = { $count ->
    [one] { $count } überfällig
   *[other] { $count } überfällig
}
partnership-actions-not-loaded = Die Aufgaben konnten nicht geladen werden: { $error }
partnership-actions-empty = Noch keine Aufgaben. Trag ein, was einer von euch bis zum nächsten Treffen erledigen will.
partnership-actions-all-done = Alles erledigt. Trag ein, was einer von euch als Nächstes tut.
partnership-action-add-label = Eine Aufgabe hinzufügen
partnership-action-new = Neue Aufgabe
partnership-action-new-placeholder = z. B. Den Entwurf des Beitrags vor Freitag teilen
partnership-action-owner = Wer
partnership-action-due = Fällig
partnership-optional = (optional)
partnership-action-add = Aufgabe hinzufügen
partnership-actions-done-count = Erledigt ({ $count })
goal-add-title = Ziel hinzufügen
goal-title = Ziel
goal-title-placeholder-learn = z. B. Zweimal im Monat auf LinkedIn posten
goal-title-placeholder-teach = z. B. { $partner } kann dem Vorstand ein Budget vorstellen
goal-which-way = Richtung
goal-direction-learn = Ich lerne
goal-direction-teach = Ich lehre
goal-direction-learn-hint = – etwas, das { $partner } mir beibringt
goal-direction-teach-hint = – etwas, das { $partner } von mir lernt
goal-target-date = Zieldatum
goal-who-may-see = Wer es sehen darf
goal-visibility-shared = Geteilt mit { $partner }
goal-visibility-private = Nur ich (privat)
goal-add = Ziel hinzufügen
agreement-version-name-mine = Deine Version { $number }, angenommen am { $date }
agreement-version-name-theirs = Version { $number } von { $partner }, angenommen am { $date }
agreement-compare-legend = Links sind { $removed } im späteren Text weggefallen; rechts sind { $added } neu hinzugekommen.
agreement-compare-legend-removed = durchgestrichene Wörter
agreement-compare-legend-added = unterstrichene Wörter
agreement-compare-revisit = Überprüfen am: { $from } → { $to }
agreement-revisit-none = kein Datum
agreement-compare-draft = Der Entwurf, wie er jetzt ist
agreement-compare-title = Versionen der Vereinbarung vergleichen
agreement-compare-earlier = Früher
agreement-compare-later = Später
agreement-compare-failed = Die Versionen konnten nicht verglichen werden: { $error }
agreement-comparing = Wird verglichen…
agreement-compare-same = Beide enthalten dieselben Wörter.
agreement-draft-not-saved = Der Entwurf ist noch nicht gespeichert, darum wurde er nicht angenommen: { $error }
agreement-adopted-draft = Angenommen: Diese Version bleibt so erhalten, wie sie heute ist.
agreement-adopted-theirs = Version von { $partner } angenommen: Ihr habt beide zugestimmt.
agreement-version-adopted-mine = Von dir angenommen am { $date }
agreement-version-adopted-theirs = Von { $partner } angenommen am { $date }
agreement-version-revisit = überprüfen am { $date }
agreement-badge-not-adopted = Noch nicht angenommen
agreement-state-not-adopted = Wenn ihr euch beide einig seid, nimm diese Version an: Twoway bewahrt sie so, wie sie heute ist, und das Paket von { $partner } kann zeigen, dass sie auch dort angenommen wurde.
agreement-badge-agreed = Von beiden vereinbart
agreement-state-agreed = Du hast diese Version am { $date } angenommen, { $partner } ebenfalls.
agreement-badge-changed = Geändert
agreement-state-changed = Der Entwurf weicht von der Version ab, die du am { $date } angenommen hast. Nimm ihn an, wenn ihr euch beide einig seid.
agreement-badge-mine = Von dir angenommen
agreement-state-mine = Am { $date }. Schick { $partner } ein Paket: Wenn das Paket, das zurückkommt, dieselben Wörter als angenommen zeigt, gilt die Version als von beiden vereinbart.
agreement-badge-theirs = Version von { $partner }
agreement-state-theirs = { $partner } hat am { $date } eine andere Version angenommen.
agreement-compare-with-yours = Mit deiner vergleichen
agreement-compare-with-draft = Mit dem Entwurf vergleichen
agreement-badge-revisit = Zeit zum Überprüfen
agreement-state-revisit = Die geltende Version sollte am { $date } noch einmal angesehen werden.
agreement-adopt = Diese Version annehmen
agreement-adopt-theirs = Version von { $partner } annehmen
agreement-changed-since = Was sich seit dem { $date } geändert hat
agreement-sections-suggested = Abschnitte, die Mentoring-Leitfäden empfehlen, falls du sie möchtest:
agreement-versions-count = Angenommene Versionen ({ $count })
agreement-version-owner-mine = Deine · Version { $number }
agreement-version-owner-theirs = Von { $partner } · Version { $number }
agreement-badge-same-as-draft = Wie der Entwurf
agreement-versions-not-read = Die Versionen der Vereinbarung konnten nicht gelesen werden: { $error }
goal-progress-set-by = { $progress } – vom letzten Check-in gesetzt.
goal-percent = { $progress } %
goal-check-in-added = Check-in hinzugefügt.
goal-check-in-not-updated = Der Check-in konnte nicht geändert werden: { $error }
goal-direction-learn-from = Ich lerne (von { $partner })
goal-direction-teach-to = Ich lehre ({ $partner } lernt)
goal-status = Status
goal-description = Worum es geht
goal-description-placeholder = Warum das wichtig ist und wo du anfängst…
goal-history-description = Beschreibung des Ziels
goal-success-criteria = Woran wir merken, dass es geschafft ist
goal-success-criteria-placeholder = - Etwas, das man sehen oder zählen kann…
goal-history-success-criteria = Erfolgskriterien
goal-progress = Fortschritt
goal-progress-so-far = Bisheriger Fortschritt (%)
goal-progress-slider = Fortschritt (Schieberegler)
goal-progress-manual-hint = Stell ihn hier ein, bis zum ersten Check-in; danach setzen ihn die Check-ins.
goal-check-ins-label = Check-ins, älteste zuerst
goal-check-in-delete-label = Check-in vom { $date } löschen
goal-check-in-delete = Check-in löschen
goal-check-ins-not-loaded = Die Check-ins konnten nicht geladen werden: { $error }
goal-check-in-add-heading = Check-in hinzufügen
goal-check-in-date = Datum
goal-check-in-progress = Fortschritt (%)
goal-check-in-note = Notiz
goal-check-in-note-optional = (optional, Markdown)
goal-check-in-note-placeholder = Was hat sich seit dem letzten Mal bewegt?
goal-check-in-add = Check-in hinzufügen
goal-delete = Ziel löschen
partnership-status-active = Aktiv
partnership-status-paused = Pausiert
partnership-status-completed = Abgeschlossen
goal-status-open = Nicht begonnen
goal-status-in-progress = In Arbeit
goal-status-achieved = Erreicht
goal-status-dropped = Aufgegeben
partnership-session-status-planned = Geplant
partnership-session-status-held = Stattgefunden
partnership-session-status-cancelled = Abgesagt
cadence-days = { $count ->
    [one] jeden Tag
   *[other] alle { $count } Tage
}
cadence-weeks = { $count ->
    [one] jede Woche
   *[other] alle { $count } Wochen
}
cadence-months = { $count ->
    [one] jeden Monat
   *[other] alle { $count } Monate
}
agreement-template-ground-rules = Grundregeln
agreement-template-rhythm = Wir treffen uns { $cadence }; jede und jeder von uns kann ein Treffen mit einem Tag Vorlauf verschieben.
agreement-template-rhythm-open = Wir vereinbaren, wie oft wir uns treffen, und jede und jeder von uns kann ein Treffen mit einem Tag Vorlauf verschieben.
agreement-template-both-ways = Wir lehren beide und wir lernen beide: Jedes Treffen gibt beiden Richtungen Zeit.
agreement-template-one-question = Wir bringen eine Frage mit oder eine Sache, die wir seit dem letzten Mal ausprobiert haben.
agreement-template-confidentiality = Vertraulichkeit
agreement-template-stays-between-us = Was wir besprechen, bleibt unter uns, außer wir sind uns beide einig, es weiterzugeben.
agreement-template-no-reviews = Nichts, was hier gesagt wird, fließt in Leistungsbeurteilungen oder Beförderungsentscheidungen ein.
agreement-template-boundaries = Grenzen
agreement-template-rather-not = Jede und jeder von uns kann „Darüber möchte ich lieber nicht sprechen“ sagen, ohne es zu begründen.
agreement-template-off-limits = Wir benennen die Themen, die tabu sind (zum Beispiel das Gehalt von Kolleginnen und Kollegen oder anstehende Umstrukturierungen), und lassen sie weg.
agreement-template-feedback = Wie wir Feedback geben
agreement-template-specific-and-kind = Konkret und freundlich: was passiert ist, was es bewirkt hat, ein Vorschlag.
agreement-template-last-five-minutes = Die letzten fünf Minuten jedes Treffens halten wir für Feedback frei, in beide Richtungen.
goal-visibility-only-me = Nur ich
goal-target-was-due = War fällig am { $date }
goal-target-on = Ziel: { $date }
partnership-plan-pick-time = Wähle ein Datum und eine Uhrzeit.
partnership-session-planned-empty = Treffen geplant. Vom letzten Mal ist nichts zu übernehmen.
partnership-session-planned = Treffen geplant: { $carried ->
        [one] { $carried } Agendapunkt
       *[other] { $carried } Agendapunkte
    } übernommen, { $actions ->
        [one] { $actions } offene Aufgabe
       *[other] { $actions } offene Aufgaben
    } aufgelistet.
partnership-plan-title = Nächstes Treffen planen
partnership-plan-session-title = Titel
partnership-plan-starts-at = Datum und Uhrzeit
partnership-plan-duration = Dauer (Minuten)
partnership-plan-place = Ort
partnership-plan-place-placeholder = Videoanruf, Café im 3. Stock…
partnership-plan-carry-note = Offene Agendapunkte vom letzten Treffen und alle offenen Aufgaben kommen automatisch mit.
partnership-plan-submit = Treffen planen
partnership-lead-not-a-number = Gib eine ganze Zahl an Minuten an oder lass das Feld leer für den Standardwert.
partnership-lead-label = Vor Treffen erinnern
partnership-lead-unit = Minuten
partnership-lead-default = { $minutes ->
    [one] Leer: der Standardwert, { $minutes } Minute (Einstellungen → Erinnerungen).
   *[other] Leer: der Standardwert, { $minutes } Minuten (Einstellungen → Erinnerungen).
}
partnership-lead-reminders-off = Erinnerungen an Treffen sind unter Einstellungen → Erinnerungen ausgeschaltet.
partnership-summary-label = Dieses Tandem auf einen Blick
partnership-summary-held = Stattgefundene Treffen
partnership-summary-expected = von { $expected } erwarteten
partnership-summary-last = Letztes Treffen
partnership-summary-none-held = Noch keins stattgefunden
partnership-summary-next = Nächstes Treffen
partnership-summary-planned = geplant
partnership-summary-next-overdue = Überfällig: { $relative }
partnership-summary-next-due = Fällig { $relative }
partnership-summary-not-planned = { $date }, noch nicht geplant
partnership-summary-no-rhythm = Kein Rhythmus festgelegt
partnership-summary-none-overdue = keine überfällig
partnership-topic-placeholder = Thema eingeben und Eingabe drücken
partnership-topics-label = { $label }: Themen
partnership-topic-remove = { $topic } entfernen
partnership-topic-hint = Drück Eingabe oder tippe ein Komma, um ein Thema hinzuzufügen.
skill-add-title = Kompetenz hinzufügen
skill-name = Kompetenz
skill-name-placeholder = z. B. LinkedIn-Beiträge schreiben
skill-category = Kategorie
skill-category-placeholder = z. B. Social Media
skill-direction = Richtung
skill-direction-learn = Ich lerne sie von { $partner }
skill-direction-teach = Ich bringe sie { $partner } bei
skill-name-missing = Gib der Kompetenz einen Namen.
skill-not-saved = Nicht gespeichert: { $error }
skill-add = Kompetenz hinzufügen
skill-growth-spoken-one = { $latest } von 5.
skill-growth-spoken-same = Von { $baseline } auf { $latest } von 5, unverändert.
skill-growth-spoken-up = Von { $baseline } auf { $latest } von 5, { $change } höher.
skill-growth-spoken-down = Von { $baseline } auf { $latest } von 5, { $change } niedriger.
skill-growth-ratings-since = { $count ->
    [one] { $count } Einschätzung seit { $date }
   *[other] { $count } Einschätzungen seit { $date }
}
skill-growth-baseline = Ausgangswert, { $date }
skill-not-rated = Noch nicht eingeschätzt
skill-rate-label = { $skill } einschätzen
skill-rater = Wer schätzt ein
skill-rater-me = Ich
skill-rating-date = Datum
skill-level-mine = Meine Stufe
skill-level-theirs = Wie { $partner } mich einschätzt
skill-rating-note = Notiz
skill-rating-note-placeholder-mine = Woran machst du das fest?
skill-rating-note-placeholder-theirs = Was { $partner } gesagt hat
skill-rating-save = Einschätzung speichern
skill-level-1 = Fange gerade an
skill-level-2 = Auf dem Weg
skill-level-3 = Fühle mich wohl damit
skill-level-4 = Sicher
skill-level-5 = Könnte es lehren
skill-not-updated = Die Kompetenz konnte nicht geändert werden: { $error }
skill-rating-not-updated = Die Einschätzung konnte nicht geändert werden: { $error }
skill-chart-label = Einschätzungen von { $skill } im Zeitverlauf, 1 bis 5. { $mine }; { $theirs }. Alle Einschätzungen stehen unter „Alle Einschätzungen“.
skill-chart-mine = Ich von { $baseline } auf { $latest }
skill-chart-mine-none = Ich: nicht eingeschätzt
skill-chart-theirs = { $partner } von { $baseline } auf { $latest }
skill-chart-theirs-none = { $partner }: nicht eingeschätzt
skill-rate-now-label = Jetzt einschätzen: { $skill }
skill-rate-now = Jetzt einschätzen
skill-edit-label = { $skill } bearbeiten
skill-delete-label = { $skill } löschen
skill-edit-name = Name
skill-edit-direction = Richtung
skill-growth-mine = Wie ich sie einschätze
skill-growth-theirs = Wie { $partner } sie einschätzt
skill-no-ratings = Noch keine Einschätzungen. Schätz sie jetzt ein, um einen Ausgangswert festzulegen – und bitte auch { $partner } um eine Einschätzung, damit du beide Sichten wachsen siehst.
skill-ratings-count = Alle Einschätzungen ({ $count })
skill-ratings-caption = Einschätzungen von { $skill }, älteste zuerst
skill-ratings-date = Datum
skill-ratings-by = Von
skill-ratings-level = Stufe
skill-ratings-note = Notiz
skill-ratings-visibility = Wer es sieht
skill-ratings-actions = Aktionen
skill-rating-delete-mine = Meine Einschätzung vom { $date } löschen
skill-rating-delete-theirs = Einschätzung vom { $date } von { $partner } löschen
skill-evidence = Nachweise aus dem Lernjournal
skill-evidence-not-loaded = Die Erkenntnisse zu dieser Kompetenz konnten nicht geladen werden.
skill-evidence-empty = Noch nichts verknüpft. Wenn du festhältst, was du gelernt hast (Strg+L), wähle diese Kompetenz, damit der Nachweis hier steht.
skill-evidence-open-log = Lernjournal öffnen
skill-evidence-more = { $count ->
    [one] dort { $count } weitere zu dieser Kompetenz
   *[other] dort { $count } weitere zu dieser Kompetenz
}
template-saved = Vorlage „{ $name }“ gespeichert.
template-saved-new = Als Vorlage „{ $name }“ gespeichert.
template-edit-title = Vorlage bearbeiten
template-save-as-title = Als Vorlage speichern
template-name = Name
template-name-placeholder = Wöchentliches Treffen
template-name-problem = Name: { $problem }.
template-items = Punkte
template-item-label = Punkt { $number }
template-item-placeholder = Worüber ihr sprechen wollt
template-item-minutes-label = Minuten für Punkt { $number }
template-minutes-unit = Min.
template-minutes-problem = Minuten: { $problem }.
template-item-owner-label = Geleitet von, Punkt { $number }
template-owner-me = Ich
template-owner-partner = Mein Gegenüber
template-item-remove-label = Punkt { $number } entfernen
template-item-remove = Diesen Punkt entfernen
template-items-empty = Füge mindestens einen Punkt hinzu.
template-items-problem = Vorlage: { $problem }.
template-item-add = + Punkt hinzufügen
template-names-intro = Wird beim Anwenden der Vorlage ausgefüllt – klick auf einen, um ihn in Punkt { $number } einzusetzen:
template-name-insert-label = { $name } einsetzen: { $meaning }
template-not-saved = Nicht gespeichert: { $error }
template-visibility-private = Nur in Paketen, die du für dich selbst exportierst.
template-visibility-shared = Auch in den Paketen, die du für dein Gegenüber exportierst.
template-save = Vorlage speichern
partnership-tab-overview = Überblick
partnership-tab-sessions = Treffen
partnership-tab-goals = Ziele
partnership-tab-skills = Kompetenzen
partnership-tab-feedback = Feedback
partnership-not-found = Dieses Tandem ist nicht im Journal
partnership-not-found-hint = Vielleicht wurde es in den Papierkorb verschoben. Von dort kannst du es wiederherstellen.
partnership-open-trash = Papierkorb öffnen
partnership-go-home = Zur Übersicht
partnership-not-opened = Dieses Tandem konnte nicht geöffnet werden
partnership-record = Lernnachweis…
partnership-import = Paket importieren…
partnership-folder = Geteilter Ordner…
partnership-export = Exportieren…
partnership-since = seit { $date }
partnership-meeting = Treffen { $cadence }
partnership-tabs-label = { $partner }: Bereiche
feedback-tally-given = An { $partner } gegeben
feedback-tally-received = Von { $partner } erhalten
feedback-heading = Feedback
feedback-intro = In beide Richtungen: was du { $partner } nach einem Treffen gesagt hast und was { $partner } dir gesagt hat.
feedback-not-loaded = Das Feedback konnte nicht geladen werden: { $error }
feedback-loading = Feedback wird geladen…
feedback-empty-title = Noch kein Feedback
feedback-empty = Halte nach einem Treffen fest, was bei { $partner } gut lief und was besser werden kann – und schreib auch auf, was { $partner } dir sagt. Ein paar Worte und eine Einschätzung reichen, um zu sehen, wie der Austausch läuft.
feedback-give = Feedback geben
feedback-note-received-first = Erhaltenes Feedback notieren
feedback-tally-entries = { $count ->
    [one] { $number } Eintrag
   *[other] { $number } Einträge
}
feedback-tally-average-label = durchschnittlich { $average } von 5
feedback-tally-average = { $average } im Schnitt
feedback-tally-no-ratings = noch keine Einschätzungen
feedback-note-received = Erhaltenes Feedback notieren
feedback-filter = Anzeigen
feedback-filter-all = Alle ({ $count })
feedback-filter-given = Gegeben ({ $count })
feedback-filter-received = Erhalten ({ $count })
feedback-showing = { $count ->
    [one] { $shown } von { $count } Feedback-Eintrag angezeigt.
   *[other] { $shown } von { $count } Feedback-Einträgen angezeigt.
}
feedback-none-given = Du hast noch kein Feedback für { $partner } notiert.
feedback-none-received = Noch kein Feedback von { $partner } notiert: Frag nach, wie das letzte Treffen gelaufen ist.
goal-group-learn = Was ich von { $partner } lerne
goal-add-learning-short = + Lernziel hinzufügen
goal-group-learn-empty = Noch keine Lernziele. Was möchtest du von { $partner } lernen?
goal-group-teach = Was ich { $partner } beibringe
goal-add-teaching-short = + Lehrziel hinzufügen
goal-group-teach-empty = Noch keine Lehrziele. Was könnte { $partner } von dir lernen?
goal-heading = Ziele
goal-balance-learn = { $count ->
    [one] { $count } Ziel, bei dem ich lerne
   *[other] { $count } Ziele, bei denen ich lerne
}
goal-balance-teach = { $count ->
    [one] { $count } Ziel, bei dem ich lehre
   *[other] { $count } Ziele, bei denen ich lehre
}
goal-balance-progress = { $progress } % Fortschritt im Schnitt
goal-not-loaded = Die Ziele konnten nicht geladen werden: { $error }
goal-empty-title = Noch keine Ziele
goal-empty = Leg das erste an: Was möchtest du von { $partner } lernen, und was kannst du im Gegenzug beibringen?
goal-add-learning = Lernziel hinzufügen
goal-add-teaching = Lehrziel hinzufügen
partnership-about = Das Tandem
partnership-partner-name = Name deines Gegenübers
partnership-partner-role = Rolle
partnership-partner-role-placeholder = z. B. Datenanalyst, Finanzen
partnership-status = Status
partnership-status-active-hint = Ihr trefft euch regelmäßig.
partnership-status-paused-hint = Vorerst pausiert; keine Treffen erwartet.
partnership-status-completed-hint = Abgeschlossen; bleibt zur Dokumentation erhalten.
partnership-cadence = Treffen alle
partnership-cadence-unit = Einheit des Rhythmus
partnership-cadence-none = Kein fester Rhythmus
partnership-cadence-days = { $count ->
    [one] Tag
   *[other] Tage
}
partnership-cadence-weeks = { $count ->
    [one] Woche
   *[other] Wochen
}
partnership-cadence-months = { $count ->
    [one] Monat
   *[other] Monate
}
partnership-started-on = Begonnen am
partnership-started-missing = Wähle das Datum, an dem ihr angefangen habt; es wird zum Zählen der Treffen gebraucht.
partnership-ends-on = Endet am
partnership-topics = Themen in beide Richtungen
partnership-topic-add = Thema hinzufügen…
agreement-heading = Unsere Vereinbarung
agreement-use-template = Mit einer Vorlage beginnen
agreement-intro = Grundregeln, Vertraulichkeit und Grenzen, die du mit { $partner } vereinbart hast. Schreibt sie beim ersten Treffen gemeinsam und überprüft sie unterwegs.
agreement-field = Vereinbarung (Markdown)
agreement-placeholder = Was wir vereinbart haben: wie wir uns treffen, was unter uns bleibt, was tabu ist…
agreement-empty-hint = Noch leer – beginne mit der Vorlage oben oder schreib deine eigene.
agreement-history-name = Vereinbarung
agreement-revisit-on = Vereinbarung überprüfen am
agreement-revisit-hint = Gehört zur Version, die du annimmst: Die Erinnerung folgt der geltenden Version.
partnership-delete = Tandem löschen
partnership-delete-hint = Verschiebt das Tandem mit { $partner } in den Papierkorb. Du kannst es sofort rückgängig machen oder später aus dem Papierkorb wiederherstellen.
partnership-session-minutes = { $minutes } Min.
partnership-session-not-marked-held = Geplant – nicht als stattgefunden markiert
partnership-sessions-heading = Treffen
partnership-plan-next = Nächstes Treffen planen
partnership-sessions-not-loaded = Die Treffen konnten nicht geladen werden: { $error }
partnership-sessions-empty-title = Noch keine Treffen
partnership-sessions-empty = Plane dein erstes Treffen mit { $partner }: Wähle eine Uhrzeit, und die Seite des Treffens ist bereit für Agenda und Notizen.
partnership-plan-first = Erstes Treffen planen
partnership-sessions-upcoming = Anstehend
partnership-sessions-none-upcoming = Noch nichts geplant – plane das nächste Treffen, um die Agenda früh festzulegen.
partnership-sessions-past = Vergangen
partnership-sessions-show-latest = Nur die letzten zeigen
partnership-sessions-show-all = { $count ->
    [one] { $count } vergangenes Treffen zeigen
   *[other] Alle { $count } vergangenen Treffen zeigen
}
skill-group-learn = Ich lerne von { $partner }
skill-group-learn-empty = Noch nichts, was { $partner } dir beibringt.
skill-group-teach = Ich bringe { $partner } bei
skill-group-teach-empty = Noch nichts, was du { $partner } beibringst: Der Austausch funktioniert am besten in beide Richtungen.
skill-heading = Kompetenzen
skill-intro = Was du von { $partner } lernst und was du beibringst, eingeschätzt von dir und von { $partner }, während ihr vorankommt.
skill-not-loaded = Die Kompetenzen konnten nicht geladen werden: { $error }
skill-loading = Kompetenzen werden geladen…
skill-empty-title = Noch keine Kompetenzen
skill-empty = Halte fest, was du von { $partner } lernst und was du { $partner } beibringst, und schätzt euch unterwegs ein: Eine Einschätzung jetzt ist der Ausgangswert, und die nächsten zeigen, wie weit du gekommen bist – aus deiner Sicht und aus der Sicht von { $partner }.
skill-add-first = Erste Kompetenz hinzufügen
skill-group-count = ({ $count })

## Sessions, learning log, search and trash

session-owner-me = Ich
session-not-saved = Nicht gespeichert: { $error }
session-delete-label = Löschen: { $label }
session-delete-undoable = Löschen (lässt sich rückgängig machen)
action-due = Fällig am { $date }
action-overdue = { $days ->
    [one] Seit { $days } Tag überfällig (war fällig am { $date })
   *[other] Seit { $days } Tagen überfällig (war fällig am { $date })
}
action-due-today = Heute fällig
action-due-relative = Fällig am { $date } ({ $relative })
action-update-failed = Die Aufgabe konnte nicht aktualisiert werden: { $error }
action-label-fallback = diese Aufgabe
action-done-label = Erledigt: { $label }
action-text-label = Aufgabe
action-owner-label = Wer erledigt „{ $label }“
action-due-label = Fälligkeitsdatum für „{ $label }“
action-done-on = ✓ Erledigt am { $date }
agenda-item-fallback = Punkt { $number }
agenda-covered-title = Im Treffen besprochen
agenda-covered-label = Besprochen: { $label }
agenda-carried-title = Beim letzten Mal nicht besprochen
agenda-carried = Übernommen
agenda-carried-why = beim letzten Mal nicht besprochen
agenda-item-label = Agendapunkt { $number }
agenda-minutes-label = Minuten für „{ $label }“
agenda-minutes-unit = Min.
agenda-owner-label = Wer leitet „{ $label }“
agenda-led-by-me = Leitung: ich
agenda-led-by-partner = Leitung: { $partner }
agenda-goal-label = Ziel für „{ $label }“
agenda-no-goal = Kein Ziel
agenda-goal-learn = Lernen: { $goal }
agenda-goal-teach = Lehren: { $goal }
agenda-move-up-label = Nach oben: { $label }
agenda-move-up-title = Nach oben (Alt+↑)
agenda-move-down-label = Nach unten: { $label }
agenda-move-down-title = Nach unten (Alt+↓)
agenda-minutes = { $minutes } Min.
agenda-template-title = Vorlage anwenden
agenda-template-load-failed = Die Vorlagen konnten nicht gelesen werden: { $error }
agenda-template-loading = Vorlagen werden gelesen…
agenda-template-legend = Vorlage
agenda-template-built-in = Mitgeliefert
agenda-template-own = Deine
agenda-template-summary = { $count ->
    [one] { $count } Punkt · { $minutes } Min.
   *[other] { $count } Punkte · { $minutes } Min.
}
agenda-template-none = Noch keine. Mit „Als Vorlage speichern…“ bei einer Agenda hebst du sie fürs nächste Mal auf; in den Einstellungen stehen alle, die du aufhebst.
agenda-template-adds-to-empty = Kommt in die leere Agenda
agenda-template-adds-after = { $count ->
    [one] Kommt nach { $count } Punkt, der schon auf der Agenda steht
   *[other] Kommt nach { $count } Punkten, die schon auf der Agenda stehen
}
agenda-template-total = { $added } Min. aus der Vorlage: Die Agenda dauert dann { $after } von { $duration } Min.
agenda-template-total-over = { $added } Min. aus der Vorlage: Die Agenda dauert dann { $after } Min., { $over } mehr als die { $duration } des Treffens.
agenda-template-add = { $count ->
    [one] { $count } Punkt hinzufügen
   *[other] { $count } Punkte hinzufügen
}
agenda-template-added = { $count ->
    [one] { $count } Punkt aus „{ $name }“ hinzugefügt.
   *[other] { $count } Punkte aus „{ $name }“ hinzugefügt.
}
agenda-template-undo-failed = Die Punkte konnten nicht zurückgenommen werden: { $error }
action-heading = Aufgaben
action-earlier-heading = Offene Aufgaben – aus früheren Treffen
action-earlier-empty = Aus früheren Treffen ist nichts mehr offen.
action-no-due-date = Kein Fälligkeitsdatum
action-agreed-heading = In diesem Treffen vereinbart
action-agreed-empty = Noch keine. Trag unten jede Aufgabe ein, sobald ihr sie vereinbart.
action-new-label = Neue Aufgabe
action-new-placeholder = Wer macht was bis wann?
action-new-owner = Wer
action-new-due = Fällig
action-add = Aufgabe hinzufügen
agenda-heading = Agenda
agenda-save-as-template = Als Vorlage speichern…
agenda-apply-template = Vorlage anwenden…
agenda-read-failed = Die Agenda konnte nicht gelesen werden: { $error }
agenda-total = { $total } von { $duration } Min.
agenda-over = { $over } Min. über der Länge des Treffens – kürze einen Punkt oder heb einen fürs nächste Mal auf.
agenda-free = { $minutes } Min. frei
agenda-fits = Passt genau
agenda-covered-count = { $covered } von { $count } besprochen
agenda-untimed = { $count ->
    [one] { $count } Punkt hat keine Zeitvorgabe und wird nicht mitgezählt.
   *[other] { $count } Punkte haben keine Zeitvorgabe und werden nicht mitgezählt.
}
agenda-empty = Noch keine Agenda. Trag unten das erste Thema ein – was möchte { $partner } aus diesem Treffen mitnehmen?
agenda-empty-template = Oder fang oben mit „Vorlage anwenden…“ mit einer Vorlage an.
agenda-tip = Hak die Punkte ab, sobald ihr sie besprochen habt. Alt+↑ / Alt+↓ verschiebt den Punkt, in dem du gerade bist.
agenda-moved = „{ $item }“ auf Platz { $place } von { $count } verschoben.
agenda-move-failed = Der Punkt konnte nicht verschoben werden: { $error }
agenda-new-label = Agendapunkt hinzufügen
agenda-new-placeholder = Gib ein Thema ein und drück Eingabe
agenda-new-minutes = Minuten
agenda-new-owner = Leitung
agenda-added = „{ $item }“ hinzugefügt.
agenda-not-added = Nicht hinzugefügt: { $error }
session-only-me = Nur ich
session-only-me-private = Nur ich (privat)
session-shared = Geteilt
session-shared-with = Geteilt mit { $partner }
session-who-may-see = Wer es sehen darf
session-feedback-heading = Feedback zu diesem Treffen
session-feedback-add = Feedback hinzufügen
session-feedback-empty = Noch keins. Wie ist es gelaufen? Notiere das Feedback, das du { $partner } gibst, und was { $partner } dir sagt.
session-feedback-given = Von mir gegeben
session-feedback-received = Von { $partner } erhalten
session-feedback-rated = Einschätzung: { $rating } von 5
session-feedback-no-rating = Keine Einschätzung
session-feedback-delete-label = Feedback vom { $date } löschen
session-feedback-went-well = Lief gut
session-feedback-to-improve = Zu verbessern
session-feedback-direction = Welche Richtung
session-feedback-rating = Einschätzung (optional)
session-feedback-rating-none = Keine
session-feedback-stars = { $rating } von 5
session-feedback-date = Datum
session-feedback-save = Feedback speichern
session-feedback-given-saved = Gegebenes Feedback gespeichert.
session-feedback-received-saved = Erhaltenes Feedback gespeichert.
session-learnings-heading = Erkenntnisse aus diesem Treffen
session-learnings-empty = Noch nichts festgehalten. Was hast du durch dieses Treffen gelernt oder ausprobiert?
session-learning-from = von { $partner }
session-learning-delete-label = Erkenntnis vom { $date } löschen
session-learning-new-label = Erkenntnis aus diesem Treffen hinzufügen
session-learning-placeholder = Fragen bekommen mehr Antworten als Aussagen…
session-learning-keys = Strg+Eingabe
session-learning-add = Erkenntnis hinzufügen
session-notes-shared-label = Geteilte Notizen – können für { $partner } exportiert werden
session-notes-private-label = 🔒 Private Notizen – verlassen diesen Laptop nie, außer du exportierst für dich selbst
session-notes-shared-placeholder = Was ihr besprochen und vereinbart habt, Links, die du behalten willst…
session-notes-private-placeholder = Wie es für dich lief, was du gespürt hast, woran du arbeiten willst…
session-notes-show-preview-shared = Vorschau der geteilten Notizen anzeigen
session-notes-hide-preview-shared = Vorschau der geteilten Notizen ausblenden
session-notes-show-preview-private = Vorschau der privaten Notizen anzeigen
session-notes-hide-preview-private = Vorschau der privaten Notizen ausblenden
session-notes-preview = Vorschau
session-notes-hide-preview = Vorschau ausblenden
session-notes-markdown-hint = Markdown geht: **fett**, - Listen, ## Überschriften.
session-gone-title = Dieses Treffen gibt es hier nicht mehr
session-gone-text = Vielleicht liegt es im Papierkorb. Von dort kannst du es zurückholen.
session-open-trash = Papierkorb öffnen
session-open-failed-title = Das Treffen konnte nicht geöffnet werden
session-opening = Treffen wird geöffnet…
session-nav-label = Treffen
session-back = Treffen mit { $partner }
session-previous = ‹ Voriges
session-previous-label = Voriges Treffen: { $title }
session-next = Nächstes ›
session-next-label = Nächstes Treffen: { $title }
session-export = Exportieren…
session-delete = Treffen löschen
session-heading = Treffen: { $title }
session-title-label = Titel des Treffens
session-title-placeholder = Worum geht es in diesem Treffen?
session-status-planned = Geplant
session-status-held = Stattgefunden
session-status-cancelled = Abgesagt
session-held-prompt = Die Zeit für dieses Treffen ist vorbei. Hat es stattgefunden?
session-mark-held = Als stattgefunden markieren
session-mark-cancelled = Es wurde abgesagt
session-marked-held = Als stattgefunden markiert. Halte die Notizen fest, solange sie frisch sind.
session-starts-label = Datum und Uhrzeit
session-when-missing = Wähle ein Datum und eine Uhrzeit.
session-duration-label = Länge (Minuten)
session-place-label = Ort
session-place-placeholder = Videoanruf, Café im 3. Stock…
session-status-label = Status
session-notes-heading = Notizen
session-history-shared-notes = geteilte Notizen
session-history-private-notes = private Notizen
session-untitled = Treffen ohne Titel
learning-add-title = Was habe ich gelernt?
learning-add-keys = Strg+Eingabe fügt hinzu · Strg+L hält von überall fest
learning-text-label = Was ich gelernt oder angewendet habe
learning-text-placeholder = Wer zuerst nach einer Tabelle fragt, bekommt einen besseren ersten Entwurf…
learning-text-missing = Schreib zuerst auf, was du gelernt hast: Ein Satz reicht.
learning-add = Ins Lernjournal
learning-date = Datum
learning-partnership = Tandem
learning-partnership-none = Keins
learning-set-by-session = Durch das Treffen festgelegt
learning-skill = Kompetenz
learning-no-skills = Noch keine Kompetenzen
learning-skill-none = Keine
learning-skill-of-partner = { $skill } ({ $partner })
learning-history-name = Erkenntnis
learning-from-partner = von { $partner }
learning-with-partner = mit { $partner }
learning-from-my-partner = von meinem Gegenüber
learning-skill-title = Kompetenz: { $skill }
learning-open-session = Treffen öffnen
learning-edit-label = Erkenntnis vom { $date } bearbeiten
learning-delete-label = Erkenntnis vom { $date } löschen
learning-heading = Lernjournal
learning-intro = Was du gelernt oder angewendet hast, das Neueste zuerst.
learning-intro-capture = Drück überall in Twoway { $keys }, um eine Erkenntnis festzuhalten, sobald sie passiert.
learning-load-failed = Das Lernjournal konnte nicht geladen werden: { $error }
learning-loading = Lernjournal wird geladen…
learning-empty-title = Dein Lernjournal ist leer
learning-empty-why = Hier summieren sich die kleinen Erfolge des Reverse Mentoring: ein Tastenkürzel, das dir deine Mentorin oder dein Mentor gezeigt hat, ein Beitrag, der gut ankam, eine Idee, die du bei der Arbeit ausprobiert hast.
learning-empty-start = Schreib oben deine erste Erkenntnis auf oder drück direkt nach einem Treffen { $keys }.
learning-empty-skill = Verknüpfst du sie mit einer Kompetenz, wird sie zum Beleg dafür, wie weit du gekommen bist.
learning-filter-label = Lernjournal filtern
learning-all-partnerships = Alle Tandems
learning-no-partnership = Keinem Tandem zugeordnet
learning-visibility = Sichtbarkeit
learning-visibility-all = Alle
learning-filter-words = Wörter
learning-filter-placeholder = Lernjournal filtern…
learning-count-filtered = { $count ->
    [one] { $shown } von { $count } Erkenntnis angezeigt.
   *[other] { $shown } von { $count } Erkenntnissen angezeigt.
}
learning-show-all = Alle anzeigen
learning-count = { $count ->
    [one] { $count } Erkenntnis.
   *[other] { $count } Erkenntnisse.
}
learning-no-match = Nichts im Lernjournal passt zu diesen Filtern.
search-heading = Suche
search-results-for = Suchergebnisse für { $query }
search-filter-label = Tandem
search-all-partnerships = Alle Tandems
search-nothing = Nichts passt zu „{ $query }“.
search-nothing-in = Im Tandem mit { $partner } passt nichts zu „{ $query }“.
search-first = Die ersten { $limit } Ergebnisse: Füg ein Wort hinzu, um sie einzugrenzen.
search-first-in = Die ersten { $limit } Ergebnisse im Tandem mit { $partner }: Füg ein Wort hinzu, um sie einzugrenzen.
search-results = { $count ->
    [one] { $count } Ergebnis.
   *[other] { $count } Ergebnisse.
}
search-results-in = { $count ->
    [one] { $count } Ergebnis im Tandem mit { $partner }.
   *[other] { $count } Ergebnisse im Tandem mit { $partner }.
}
search-failed = Die Suche hat nicht funktioniert: { $error }
search-intro-title = Durchsuche Notizen, Agenden, Ziele, Kompetenzen, Feedback…
search-intro-where = Tippe oben in der Seitenleiste ins Suchfeld.
search-intro-scope = Durchsucht wird alles in diesem Journal.
search-tip-prefix-lead = Wörter passen schon beim Tippen:
search-tip-prefix = { $example } findet „LinkedIn“ und „Links“.
search-tip-prefix-example = link
search-tip-phrase-lead = Genaue Wortfolge in Anführungszeichen:
search-tip-phrase = { $example } findet diese Wörter direkt nebeneinander.
search-tip-phrase-example = "digitale Strategie"
search-tip-words-lead = Mehr Wörter grenzen ein:
search-tip-words = { $example } findet Notizen, die beide enthalten.
search-tip-words-example = Beitrag wöchentlich
search-tip-keys-lead = Tastatur:
search-tip-keys = { $down } springt in die Ergebnisse, { $enter } öffnet eines.
search-key-enter = Eingabe
search-none-hint = Versuch es mit weniger oder kürzeren Wörtern: Ein Wort findet auch längere Wörter, die damit anfangen, so findet { $example } „Finanzen“ und „finanziell“.
search-none-example = finanz
search-everywhere = Alle Tandems durchsuchen
search-results-label = Ergebnisse
search-hit-context = { $context }: { $label }
trash-heading = Papierkorb
trash-empty-button = Papierkorb leeren…
trash-emptying = Wird geleert…
trash-load-failed = Der Papierkorb konnte nicht gelesen werden: { $error }
trash-empty-state-title = Der Papierkorb ist leer
trash-empty-state-text = Gelöschtes wartet hier, damit du es zurückholen kannst.
trash-intro = { $count ->
    [one] { $count } gelöschter Eintrag, der neueste zuerst.
   *[other] { $count } gelöschte Einträge, die neuesten zuerst.
}
trash-intro-restore = Beim Wiederherstellen kommt ein Eintrag wieder dorthin, wo er war.
trash-intro-keep = { $days ->
    [one] Einträge werden endgültig gelöscht, sobald sie einen Tag hier liegen; { $settings }.
   *[other] Einträge werden endgültig gelöscht, sobald sie { $days } Tage hier liegen; { $settings }.
}
trash-intro-settings-link = das kannst du in den Einstellungen ändern
trash-deleted-when = Gelöscht { $when }, { $time }
trash-without-note = { $kind } ohne Notiz
trash-untitled = { $kind } ohne Titel
trash-restore-label = { $kind } { $label } wiederherstellen
trash-restoring = Wird wiederhergestellt…
trash-restored = { $kind } wiederhergestellt.
trash-restore-failed = { $kind } konnte nicht wiederhergestellt werden: { $error }
trash-restore-blocked-named = Dieser Eintrag ({ $kind }) gehört zu „{ $parent }“ ({ $parentKind }), und das liegt ebenfalls im Papierkorb. Stelle zuerst den übergeordneten Eintrag ({ $parentKind }) wieder her, dann diesen Eintrag ({ $kind }).
trash-restore-blocked = Dieser Eintrag ({ $kind }) gehört zu einem übergeordneten Eintrag ({ $parentKind }), der ebenfalls im Papierkorb liegt. Stelle zuerst den übergeordneten Eintrag ({ $parentKind }) wieder her, dann diesen Eintrag ({ $kind }).
trash-delete-forever-label = Endgültig löschen: { $kind } { $label }
trash-delete-forever-button = Endgültig löschen…
trash-delete-title = { $kind } endgültig löschen?
trash-delete-message-with-others = „{ $label }“ wird endgültig gelöscht, mit allem, was dazugehört, und deren Versionsverlauf:
trash-delete-message = „{ $label }“ wird samt Versionsverlauf endgültig gelöscht:
trash-cannot-undo = Das lässt sich nicht rückgängig machen.
trash-delete-forever = Endgültig löschen
trash-deleted-forever = Endgültig gelöscht: { $records }.
trash-delete-failed = { $kind } konnte nicht endgültig gelöscht werden: { $error }
trash-empty-title = Papierkorb leeren?
trash-empty-message = Alles im Papierkorb wird endgültig gelöscht, mit allem, was dazugehört, und dem Versionsverlauf:
trash-empty = Papierkorb leeren
trash-emptied = Papierkorb geleert: { $records } endgültig gelöscht.
trash-empty-failed = Der Papierkorb wurde nicht geleert: { $error }

## Home, settings, journal care and unlock

care-diff-added = [hinzugefügt: { $text }]
care-diff-removed = [entfernt: { $text }]
care-history-button = Verlauf
# { $name } ist der Name des Feldes ohne Artikel, z. B. „geteilte Notizen“.
care-history-label = Verlauf: { $name }
care-history-tooltip = Frühere Versionen: { $name }
care-history-restored = Stand vom { $date } wiederhergestellt ({ $name }). Der ersetzte Text bleibt im Versionsverlauf.
care-history-unsaved = Deine letzte Änderung hier ist nicht gespeichert: { $problem } Wiederherstellen ist aus, bis sie gespeichert ist, damit sie nicht verloren geht.
care-history-load-failed = Der Versionsverlauf konnte nicht gelesen werden: { $problem }
care-history-reading = Versionsverlauf wird gelesen…
care-history-empty-title = Noch keine früheren Versionen
care-history-empty = Wenn du diesen Text ({ $name }) änderst, wird der ersetzte Text hier aufbewahrt: höchstens eine Version alle zehn Minuten, während du tippst, nach einem Tag eine pro Tag und nach einem Monat eine pro Woche. Versionen bleiben in diesem Journal; sie werden nie exportiert.
care-history-versions = Frühere Versionen, neueste zuerst
care-history-excerpt-empty = (leer)
care-history-compare-title = Vom { $date } bis jetzt
care-history-changes = Änderungen
# { $added } ist care-history-legend-added, unterstrichen; { $removed } ist care-history-legend-removed, durchgestrichen.
care-history-legend = Seit dieser Version wurden { $added } hinzugefügt und { $removed } entfernt.
care-history-legend-added = unterstrichene Wörter
care-history-legend-removed = durchgestrichene Wörter
care-history-legend-restore = Beim Wiederherstellen kommt ihr Text so zurück, wie er war.
care-history-compare-failed = Die Versionen konnten nicht verglichen werden: { $problem }
care-history-comparing = Wird verglichen…
care-history-same = Diese Version ist gleich dem aktuellen Text.
care-history-diff-label = Der Text, Wort für Wort
care-history-restore-failed = Diese Version wurde nicht wiederhergestellt: { $problem }
care-history-restoring = Wird wiederhergestellt…
care-history-restore = Diese Version wiederherstellen
care-read-only-title = Dieses Journal ist schreibgeschützt.
# { $file } ist der Dateiname des Journals.
care-read-only-why = Twoway kann weder in { $file } noch auf den Datenträger schreiben, auf dem die Datei liegt (schreibgeschütztes Medium oder keine Schreibrechte), und hat das Journal daher nur zum Lesen geöffnet.
care-read-only-works = Lesen, Suche und Export funktionieren wie gewohnt; Änderungen sind ausgeschaltet, und es werden keine automatischen Sicherungen angelegt.
# { $settings } ist care-read-only-settings, ein Link zu den Einstellungen.
care-read-only-how = Um etwas zu ändern, kopiere die Datei in einen Ordner, in den du schreiben kannst, und öffne die Kopie in den { $settings }.
care-read-only-settings = Einstellungen
care-start-notice-dismiss = Ausblenden
home-days-ago-today = heute
home-days-ago-yesterday = gestern
home-days-ago = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
# { $when } ist ein relativer Tag: „morgen“, „vor 3 Tagen“, „in 2 Wochen“.
home-due-overdue = Überfällig: war { $when } fällig
home-due = Fällig: { $when }
home-due-keeps-rhythm = Hält den Rhythmus
home-due-late = Später als der Rhythmus: { $when } fällig
home-sessions-held = { $count ->
    [one] { $count } Treffen abgehalten
   *[other] { $count } Treffen abgehalten
}
home-completed-goals = { $achieved } von { $total ->
    [one] { $total } Ziel
   *[other] { $total } Zielen
} erreicht
home-completed-feedback = { $count ->
    [one] { $count } Feedback
   *[other] { $count } Feedbacks
}
home-agreement-revisit = Zeit, die Vereinbarung zu überprüfen
home-agreement-not-adopted = Vereinbarung noch nicht beschlossen
home-agreement-agreed-by-both = Vereinbarung am { $on } von beiden bestätigt
home-agreement-adopted = Vereinbarung am { $on } beschlossen
home-card-since = seit { $date }
home-card-until = bis { $date }
home-card-paused = Pausiert
home-card-sessions = Treffen
home-card-plan-next = Nächstes Treffen planen
home-card-i-learn = Ich lerne
home-card-what-i-learn = Was ich lerne
home-card-i-teach = Ich lehre
home-card-what-i-teach = Was ich lehre
home-rhythm = Rhythmus
home-rhythm-none = kein fester Rhythmus
home-rhythm-held-of = { $held } von { $expected ->
    [one] { $expected } Treffen
   *[other] { $expected } Treffen
} abgehalten
home-rhythm-recent-of = Letzte { $days } Tage: { $held } von { $expected }
home-rhythm-recent = Letzte { $days } Tage: { $held }
# { $when } ist home-days-ago, home-days-ago-today oder home-days-ago-yesterday.
home-last-session = Letztes Treffen: { $when }
home-no-session-yet = Noch kein Treffen abgehalten
home-next-session = Nächstes Treffen
home-next-nothing-planned = Nichts geplant
home-next-meet-when-it-suits = Trefft euch, wann es euch beiden passt
home-none-yet = Noch keine
home-actions = Aufgaben
home-actions-empty = In Treffen vereinbarte Aufgaben erscheinen hier
home-actions-open = { $count } offen
home-actions-overdue = { $count } überfällig
home-actions-done = { $count } erledigt
home-goals = Ziele
home-goals-empty = Noch keine Ziele
home-goals-empty-hint = Lege eines auf der Seite des Tandems an
# { $percent } ist home-goals-percent, groß gezeigt; der Rest klein.
home-goals-average-progress = { $percent } Fortschritt im Schnitt
home-goals-percent = { $value } %
home-goals-all-dropped = Alle verworfen
home-goals-open = { $count } offen
home-goals-in-progress = { $count } in Arbeit
home-goals-achieved = { $count } erreicht
home-goals-dropped = { $count } verworfen
home-balance = Lernen und Lehren
# { $arrow } ist ein Doppelpfeil.
home-balance-title = Lernen { $arrow } Lehren
home-balance-goals = Ziele
home-balance-skills = Kompetenzen
home-balance-none = noch keine
home-balance-learn = { $count } lernen
home-balance-teach = { $count } lehren
home-feedback = Feedback
home-feedback-empty = Gegeben und erhalten, nach einem Treffen
# { $count } ist die Zahl der Einträge, fett.
home-feedback-given = Gegeben { $count }
home-feedback-received = Erhalten { $count }
home-feedback-no-ratings = keine Einschätzungen
home-feedback-average = ★ { $rating } im Schnitt
home-topic-remove = { $topic } entfernen
home-welcome-name = Willkommen, { $name }
home-welcome = Willkommen bei Twoway
home-welcome-lead = Twoway ist ein privates Journal für Reverse Mentoring, in dem Wissen in beide Richtungen fließt: was du von deinem Gegenüber lernst und was du zurückgibst. Ziele, Agenden und Notizen der Treffen, Kompetenzen und Feedback an einem Ort, nur auf diesem Computer.
home-welcome-create = Dein erstes Tandem anlegen
home-welcome-opening-sample = Beispiel wird geöffnet…
home-welcome-try-sample = Mit Beispieldaten ausprobieren
home-welcome-sample-note = Das Beispiel öffnet eine eigene Journaldatei – dein eigenes Journal bleibt leer und privat.
home-feature-directions = In beide Richtungen
home-feature-directions-text = Jedes Ziel, jede Kompetenz und jedes Feedback zeigt, in welche Richtung es geht, damit der Austausch wechselseitig bleibt.
home-feature-sessions = Treffen, die weitergehen
home-feature-sessions-text = Agenden mit Zeitrahmen; was ihr nicht geschafft habt und offene Aufgaben wandern ins nächste Treffen mit.
home-feature-private = Standardmäßig privat
home-feature-private-text = Private Notizen verlassen diesen Computer nie; du entscheidest, was du mit deinem Gegenüber teilst.
home-encryption-offer-not-saved = Deine Antwort wurde nicht gespeichert: { $problem }
home-encryption-offer-title = Dieses Journal mit einer Passphrase sichern?
home-encryption-offer-text = Verschlüsselt lassen sich dein Journal und seine Sicherungen nur mit deiner Passphrase lesen (oder mit dem Wiederherstellungsschlüssel, den du aufbewahrst): Ein verlorener Laptop oder eine kopierte Sicherung zeigt nichts. Du kannst das auch später unter Einstellungen → Verschlüsselung tun.
home-encryption-offer-encrypt = Mit einer Passphrase verschlüsseln…
home-encryption-offer-not-now = Nicht jetzt
home-growth-chart-failed = Das Diagramm kann hier nicht gezeichnet werden; die Tabelle darunter enthält jede Einschätzung.
home-growth-title = Entwicklung der Kompetenzen
home-growth-scope = Kompetenzen aus
home-growth-scope-current = Aktuelle Tandems
home-growth-scope-all = Alle Tandems
home-growth-whose = Wessen Einschätzungen
home-growth-mine = Meine Einschätzungen
home-growth-partner = Einschätzungen des Gegenübers
home-growth-empty-title = Noch keine Einschätzungen
home-growth-empty = Füge die Kompetenzen, die du lernst und lehrst, im Reiter „Kompetenzen“ eines Tandems hinzu und schätze deinen Ausgangspunkt von 1 bis 5 ein. Schätze sie alle paar Treffen neu ein, dann zeigt sich deine Entwicklung hier.
# { $name } ist der Vorname des Gegenübers.
home-growth-add-skills = Kompetenzen mit { $name } hinzufügen
# { $rater } ist „me“ für meine eigenen Einschätzungen, „partner“ für die meiner Gegenüber.
home-growth-none = { $rater ->
    [me] Noch keine eigenen Einschätzungen für diese Kompetenzen. Schätze sie im Reiter „Kompetenzen“ des Tandems ein.
   *[partner] Noch keine Einschätzungen eines Gegenübers für diese Kompetenzen. Schätze sie im Reiter „Kompetenzen“ des Tandems ein.
}
home-growth-hint = { $rater ->
    [me] Stufen von 1 bis 5, meine eigenen Einschätzungen. Zeige auf einen Punkt, um die Einschätzungen des Tages zu lesen.
   *[partner] Stufen von 1 bis 5, Einschätzungen meiner Gegenüber. Zeige auf einen Punkt, um die Einschätzungen des Tages zu lesen.
}
home-growth-chart-label = { $rater ->
    [me] { $count ->
        [one] Kompetenzstufen im Zeitverlauf, meine eigenen Einschätzungen: { $count } Kompetenz. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
       *[other] Kompetenzstufen im Zeitverlauf, meine eigenen Einschätzungen: { $count } Kompetenzen. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
    }
   *[partner] { $count ->
        [one] Kompetenzstufen im Zeitverlauf, Einschätzungen meiner Gegenüber: { $count } Kompetenz. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
       *[other] Kompetenzstufen im Zeitverlauf, Einschätzungen meiner Gegenüber: { $count } Kompetenzen. Die Legende und die Tabelle darunter zeigen die erste und die letzte Einschätzung.
    }
}
home-growth-show-line = Im Diagramm zeigen
home-growth-hide-line = Im Diagramm ausblenden
home-growth-omitted = Das Diagramm zeigt die { $max } zuletzt eingeschätzten Kompetenzen; { $count } weitere stehen in der Tabelle.
home-growth-omitted-pick = Das Diagramm zeigt die { $max } zuletzt eingeschätzten Kompetenzen; { $count } weitere stehen in der Tabelle (oder wähle oben ein Tandem).
home-growth-unrated = { $rater ->
    [me] { $count ->
        [one] { $count } Kompetenz hat noch keine eigene Einschätzung.
       *[other] { $count } Kompetenzen haben noch keine eigene Einschätzung.
    }
   *[partner] { $count ->
        [one] { $count } Kompetenz hat noch keine Einschätzung des Gegenübers.
       *[other] { $count } Kompetenzen haben noch keine Einschätzung des Gegenübers.
    }
}
home-growth-table = Einschätzungen als Tabelle
home-growth-table-caption = { $rater ->
    [me] Erste und letzte Einschätzung jeder Kompetenz, meine eigenen Einschätzungen
   *[partner] Erste und letzte Einschätzung jeder Kompetenz, Einschätzungen meiner Gegenüber
}
home-growth-column-skill = Kompetenz
home-growth-column-direction = Richtung
home-growth-column-partnership = Tandem
home-growth-column-first = Erste Einschätzung
home-growth-column-latest = Letzte Einschätzung
home-growth-column-change = Veränderung
# { $level } ist die Einschätzung von 1 bis 5; der Rest wird gedämpft gezeigt.
home-growth-rating-on = { $level } am { $date }
home-growth-not-rated = Noch nicht eingeschätzt
home-growth-on-my-own = Für mich allein
home-greeting-morning = Guten Morgen, { $name }
home-greeting-afternoon = Guten Tag, { $name }
home-greeting-evening = Guten Abend, { $name }
home-title = Dein Twoway-Journal
home-overview-active = { $count ->
    [one] { $count } aktives Tandem
   *[other] { $count } aktive Tandems
}
home-overview-paused = { $count } pausiert
home-overview-overdue = { $count ->
    [one] { $count } überfällige Aufgabe
   *[other] { $count } überfällige Aufgaben
}
home-demo-title = Du siehst Beispieldaten.
home-demo-text = Sie liegen in einer eigenen Datei; dein Journal bleibt unberührt.
home-demo-back = Zurück zu meinem Journal
home-load-failed = Die Übersicht konnte nicht geladen werden: { $problem }
home-loading = Deine Tandems werden geladen…
home-new-partnership = Neues Tandem
home-partnerships = Tandems
home-completed = Abgeschlossen
settings-load-failed = Die Einstellungen konnten nicht gelesen werden: { $problem }
settings-templates = Agenda-Vorlagen
# { $names } ist die Liste der Namen der eingebauten Vorlagen.
settings-templates-built-in = Eingebaut: { $names }.
settings-templates-intro = Eigene Vorlagen legst du mit „Als Vorlage speichern…“ an der Agenda eines Treffens an, oder du beginnst hier eine. Deine Vorlagen sind privat, solange du sie nicht teilst: Nur eine als geteilt markierte Vorlage kommt in ein Paket für dein Gegenüber.
settings-templates-load-failed = Deine Vorlagen konnten nicht gelesen werden: { $problem }
settings-templates-size = { $items ->
    [one] { $items } Punkt
   *[other] { $items } Punkte
} · { $minutes } Min.
settings-templates-delete = Vorlage { $name } löschen
settings-templates-new = Neue Vorlage…
settings-trash = Papierkorb
settings-trash-keep-for = Gelöschtes aufbewahren für
settings-trash-days-unit = Tage
settings-trash-days-invalid = Gib eine ganze Zahl von Tagen zwischen { $min } und { $max } ein.
# { $trash } ist settings-trash-hint-link, ein Link zum Papierkorb.
settings-trash-hint = Danach löscht Twoway sie endgültig, samt allem, was dazugehört, wenn es das Journal an einem neuen Tag zum ersten Mal öffnet, direkt nach der Sicherung dieses Tages. Du kannst Dinge auch selbst im { $trash } endgültig löschen.
settings-trash-hint-link = Papierkorb
backup-reason-daily = Täglich
backup-reason-before-import = Vor einem Import
backup-reason-before-restore = Vor einer Wiederherstellung
# { $folder } ist der Name des Ordners, „backups“, als Code gezeigt.
backup-intro = Twoway sichert dieses Journal von selbst: beim ersten Öffnen an jedem Tag und vor jedem Import und jeder Wiederherstellung. Es behält eine Sicherung pro Tag für eine Woche, eine pro Woche für einen Monat und eine pro Monat für ein Jahr, im Ordner { $folder } neben der Journaldatei.
backup-unreadable = nicht lesbar
backup-not-saved-title = Nicht gespeichert
backup-not-saved = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Die Sicherung trotzdem wiederherstellen und die Änderungen verlieren?
backup-restore-without-saving = Ohne Speichern wiederherstellen
backup-restore-title = Diese Sicherung wiederherstellen?
# { $records } ist die Zahl der Datensätze oder backup-unreadable.
backup-restore-message = Das Journal kehrt zur Sicherung vom { $made } zurück ({ $records }).
backup-restore-first = Zuerst sichert Twoway das Journal, wie es jetzt ist. Diese Sicherung erscheint in dieser Liste, damit du zu ihr zurückkehren kannst.
backup-restore-then = Dann wird das Journal durch die Sicherung ersetzt: Was nach dem { $made } geschrieben wurde, steht nur in der neuen Sicherung.
backup-restore-reopen = Danach öffnet sich das Fenster erneut mit dem wiederhergestellten Journal.
backup-restore-confirm = Sicherung wiederherstellen
backup-restored = Die Sicherung vom { $made } wurde wiederhergestellt. Das Journal, wie es vorher war, bleibt ebenfalls als Sicherung erhalten.
backup-restore-failed = Die Sicherung wurde nicht wiederhergestellt, das Journal ist unverändert: { $problem }
backup-list-failed = Die Sicherungen konnten nicht aufgelistet werden: { $problem }
backup-looking = Sicherungen werden gesucht…
backup-empty-title = Noch keine Sicherungen
backup-empty-read-only = Dieses Journal ist schreibgeschützt, daher kann Twoway es nicht sichern. Sicherungen beginnen, sobald das Journal in einem Ordner liegt, in den Twoway schreiben kann.
backup-empty = Die erste wird angelegt, wenn Twoway dieses Journal das nächste Mal öffnet (beim nächsten Start oder wenn du dieses Journal wieder öffnest), und danach eine an jedem Tag, an dem du es benutzt.
backup-table-caption = Sicherungen dieses Journals, neueste zuerst
backup-column-made = Erstellt
backup-column-why = Anlass
backup-column-records = Datensätze
backup-column-size = Größe
backup-unreadable-tooltip = Diese Sicherung ist nicht lesbar und kann daher nicht wiederhergestellt werden.
backup-restore-label = Sicherung vom { $made } wiederherstellen
backup-restoring = Wird wiederhergestellt…
backup-restore = Wiederherstellen…
settings-encryption-on = Verschlüsselt
settings-encryption-off = Nicht verschlüsselt
settings-encryption-on-text = Die Journaldatei und ihre Sicherungen sind verschlüsselt. Twoway fragt jedes Mal, wenn es dieses Journal öffnet, nach der Passphrase oder dem Wiederherstellungsschlüssel.
settings-encryption-off-text = Die Journaldatei und ihre Sicherungen sind unverschlüsselte Dateien: Wer eine davon in die Hände bekommt, kann sie lesen. Verschlüssle das Journal, damit es auf einem verlorenen Laptop oder in einer kopierten Sicherung geschützt ist.
settings-encryption-read-only = Dieses Journal ist schreibgeschützt, daher lässt sich seine Verschlüsselung nicht ändern.
settings-encryption-change = Passphrase ändern…
settings-encryption-turn-off = Verschlüsselung ausschalten…
settings-encryption-encrypt = Dieses Journal verschlüsseln…
settings-journal-copied = Kopiert.
settings-journal-copy-not-allowed = Kopieren ist hier nicht erlaubt. Der Pfad ist markiert: Drücke Strg+C, um ihn zu kopieren.
settings-journal-open-failed = Diese Datei wurde nicht geöffnet.
settings-journal-opened = { $file } geöffnet.
settings-journal-start-failed = Das neue Journal konnte nicht angelegt werden.
settings-journal-started = Neues Journal angelegt: { $file }.
settings-journal-default-failed = Dein Journal konnte nicht geöffnet werden.
settings-journal-default-opened = Zurück in deinem eigenen Journal.
settings-journal-sample-failed = Das Beispieljournal konnte nicht geöffnet werden.
settings-journal-sample-opened = Beispieljournal geöffnet. Dein eigenes Journal bleibt unberührt.
settings-journal-sample-title = Du siehst das Beispieljournal.
settings-journal-sample-text = Es erzählt eine erfundene Geschichte, damit du alles ausprobieren kannst; ändere, was du möchtest. Dein eigenes Journal bleibt unberührt.
settings-journal-where-sample = Das Beispieljournal liegt in einer eigenen Datei:
settings-journal-where-default = Dein Journal ist eine Datei am üblichen Ort auf diesem Computer:
settings-journal-where-chosen = Dieses Journal ist eine Datei, die du gewählt hast, außerhalb des üblichen Orts:
settings-journal-copy-path = Pfad kopieren
settings-journal-move-hint = Twoway sichert es von selbst (siehe Sicherungen unten). Um das Journal auf einen anderen Computer zu bringen, kopiere seine neueste Sicherung dorthin, oder die Datei selbst, während Twoway geschlossen ist, und öffne sie mit „Anderes Journal öffnen…“.
settings-journal-left-untouched = Twoway hat diese Datei nicht angerührt, und dieses Journal ist weiterhin geöffnet.
settings-journal-open-usual = Mein übliches Journal öffnen
settings-journal-open-another = Anderes Journal öffnen…
settings-journal-start-new = Neues Journal anlegen…
settings-journal-open-sample = Beispieljournal öffnen
settings-journal-sample-hint = Das Beispieljournal ist eine eigene Datei mit einer erfundenen Mentoring-Geschichte zum Erkunden. Es zu öffnen, berührt dieses Journal nie.
settings-reminders = Erinnerungen
settings-reminders-load-failed = Die Einstellungen für Erinnerungen konnten nicht gelesen werden: { $problem }
settings-reminders-intro = Twoway erinnert dich über die Benachrichtigungen deines Systems. Sie können auf einem gesperrten Bildschirm erscheinen, daher zitieren sie nie etwas Privates: Ein privater Agendapunkt oder eine private Aufgabe wird nur mitgezählt.
settings-reminders-sessions = Vor einem Treffen
settings-reminders-sessions-hint = mit seiner geteilten Agenda
# Vor dem Zahlenfeld; settings-reminders-lead-unit folgt danach.
settings-reminders-lead = Erinnere mich
settings-reminders-lead-unit = Minuten vor Beginn
settings-reminders-lead-invalid = Gib eine ganze Zahl von Minuten zwischen { $min } und { $max } ein.
settings-reminders-digest = Eine Tagesübersicht
settings-reminders-digest-hint = fällige und überfällige Aufgaben, zu planende Treffen, zu überprüfende Vereinbarungen
settings-reminders-digest-not-before = Nicht vor
settings-reminders-digest-not-before-label = Tagesübersicht nicht vor
settings-reminders-digest-at = Sie kommt zu dieser Uhrzeit oder wenn Twoway danach zum ersten Mal läuft.
settings-reminders-digest-any-time = Sie kommt, wenn Twoway an dem Tag zum ersten Mal läuft, ab 7:00 Uhr.
settings-reminders-quiet = Ruhezeiten
settings-reminders-quiet-hint = eine dann fällige Erinnerung an ein Treffen entfällt; die Tagesübersicht wartet
# Vor dem ersten Zeitfeld und zwischen beiden: „Von 22:00 bis 07:00“.
settings-reminders-quiet-from = Von
settings-reminders-quiet-until = bis
settings-background = Ohne Fenster
settings-background-keep-running = Nach dem Schließen des Fensters im Hintergrund weiterlaufen
settings-background-keep-running-hint = damit Erinnerungen weiterhin kommen. Öffne das Fenster wieder über das Twoway-Symbol im Infobereich oder indem du Twoway erneut startest.
settings-background-start-at-login = Twoway bei der Anmeldung starten
settings-background-start-at-login-hint = im Hintergrund, wenn es weiterläuft, sonst mit seinem Fenster
sync-device-short = Gerät { $id }
sync-changes = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
}
# { $devices } nennt die Geräte: „Desktop und Tablet“.
sync-changes-from = { $count ->
    [one] { $count } Änderung von { $devices }
   *[other] { $count } Änderungen von { $devices }
}
sync-folder-missing = Am { $when } war der Synchronisierungsordner nicht da (ein Laufwerk nicht verbunden, eine Freigabe offline?). Deine Änderungen gehen raus, sobald er wieder da ist.
sync-sent = { $count ->
    [0] nichts Neues zu senden
    [one] { $count } Änderung gesendet
   *[other] { $count } Änderungen gesendet
}
# { $changes } ist sync-changes oder sync-changes-from.
sync-received = { $changes } empfangen
sync-received-nothing = nichts Neues empfangen
# { $sent } ist sync-sent; { $received } ist sync-received oder sync-received-nothing.
sync-last = Zuletzt synchronisiert am { $when }: { $sent }; { $received }.
sync-kept = { $count ->
    [one] { $count } frühere Version von anderen Geräten im Versionsverlauf aufbewahrt.
   *[other] { $count } frühere Versionen von anderen Geräten im Versionsverlauf aufbewahrt.
}
sync-waiting = { $count ->
    [one] { $count } Datei wartet auf frühere, die noch unterwegs sind.
   *[other] { $count } Dateien warten auf frühere, die noch unterwegs sind.
}
sync-on = Die Synchronisierung ist an. Deine anderen Geräte sehen dieses Journal, sobald sie über denselben Ordner synchronisieren.
sync-off = Die Synchronisierung ist aus. Der Synchronisierungsordner bleibt, wie er ist.
sync-title = Mit deinen anderen Computern synchronisieren
sync-load-failed = Der Stand der Synchronisierung konnte nicht gelesen werden: { $problem }
# { $folder } ist der Pfad des Synchronisierungsordners, als Code gezeigt; { $name } ist der Name dieses Computers.
sync-through = Synchronisiert über { $folder } als „{ $name }“.
sync-not-yet = Noch nicht synchronisiert.
sync-problems = Dateien, die nicht übernommen werden konnten
# { $file } ist ein Dateiname, als Code gezeigt; { $problem } sagt, was schiefging.
sync-problem = { $file } von { $device }: { $problem }
sync-now = Jetzt synchronisieren
sync-move = In einen anderen Ordner verschieben…
sync-turn-off = Synchronisierung ausschalten
sync-intro = Halte dieses Journal mit Twoway auf deinen anderen Computern auf demselben Stand, über einen Ordner, den du schon synchronisierst (Syncthing, Nextcloud, Dropbox, eine Netzwerkfreigabe oder ein USB-Stick). Twoway schreibt seine Änderungen dort als kleine Dateien hinein und liest die der anderen Computer; das Journal selbst kommt nie in diesen Ordner.
sync-device-name = Name dieses Computers
sync-device-name-hint = Deine anderen Computer zeigen damit, woher eine Änderung kam.
sync-choose = Synchronisierungsordner wählen…
sync-sealed = Dieses Journal ist verschlüsselt, daher sind seine Änderungsdateien mit seinem Schlüssel versiegelt. Ein anderer Computer tritt dem Ordner mit der Passphrase oder dem Wiederherstellungsschlüssel dieses Journals bei.
sync-plain-on = Dieses Journal ist nicht verschlüsselt, daher sind seine Änderungsdateien lesbar: Wer den Synchronisierungsordner lesen kann, kann dein Journal lesen. Um sie zu versiegeln, schalte die Synchronisierung aus, schalte oben die Verschlüsselung ein und wähle dann einen neuen, leeren Ordner.
sync-plain = Dieses Journal ist nicht verschlüsselt, daher sind seine Änderungsdateien lesbar: Wer den Synchronisierungsordner lesen kann, kann dein Journal lesen. Schalte oben die Verschlüsselung ein, bevor du synchronisierst, um sie zu versiegeln.
sync-passphrase = Passphrase oder Wiederherstellungsschlüssel des Journals, das dort synchronisiert
sync-join = Dem Ordner beitreten
settings-report-title = Bericht an dein Programm
settings-report-intro = Nur Zahlen: abgehaltene Treffen gemessen an eurem Rhythmus, aktive Monate, Ziele, Entwicklung der Kompetenzen, Feedback und ob ihr eine Vereinbarung geschrieben habt. Keine Titel, Notizen oder Namen von Kompetenzen verlassen das Journal, und dein Gegenüber ist ein Code, wenn du es nicht nennst. Private Einträge werden mitgezählt; ihr Inhalt nicht.
settings-report-i-am = Ich bin
settings-report-junior-mentor = Der Junior-Mentor
settings-report-senior-leader = Die Führungskraft
settings-report-unsaid = Das sage ich lieber nicht
settings-report-name-partner = Mein Gegenüber nennen
settings-report-categories = Meine Kategorien von Kompetenzen zählen als
settings-report-not-counted = Nicht nach Kategorie gezählt
settings-report-preview = Was der Bericht enthält
settings-report-counting = Wird gezählt…
settings-report-empty = Noch kein Tandem: Der Bericht wäre leer. Lege zuerst ein Tandem an.
settings-report-pair-with = dein Tandem mit { $name }
settings-report-sessions-label = Treffen
settings-report-sessions = { $held ->
    [one] { $held } Treffen abgehalten von { $expected }, die der Rhythmus vorsah, { $hours } Stunden
   *[other] { $held } Treffen abgehalten von { $expected }, die der Rhythmus vorsah, { $hours } Stunden
}
settings-report-sessions-no-rhythm = { $held ->
    [one] { $held } Treffen abgehalten, kein Rhythmus vereinbart, { $hours } Stunden
   *[other] { $held } Treffen abgehalten, kein Rhythmus vereinbart, { $hours } Stunden
}
settings-report-months-label = Aktive Monate
settings-report-goals-learn-label = Ziele, auf die ich hinlerne
settings-report-goals-teach-label = Ziele, bei denen ich lehre
settings-report-goals-none = keine gesetzt
settings-report-goals = { $achieved } von { $set } erreicht
settings-report-skills-learn-label = Kompetenzen, die ich lerne
settings-report-skills-teach-label = Kompetenzen, die ich lehre
settings-report-none = keine
# { $self } und { $partner } sind settings-report-growth oder settings-report-not-rated-twice.
settings-report-skills = { $count ->
    [one] { $count } Kompetenz; Entwicklung { $self } selbst eingeschätzt, { $partner } vom Gegenüber
   *[other] { $count } Kompetenzen; Entwicklung { $self } selbst eingeschätzt, { $partner } vom Gegenüber
}
# { $change } ist die Veränderung mit Vorzeichen („+1,5“), { $count } ihr Betrag.
settings-report-growth = { $count ->
    [one] { $change } Stufe
   *[other] { $change } Stufen
}
settings-report-not-rated-twice = noch nicht zweimal eingeschätzt
settings-report-categories-label = Nach Kategorie
settings-report-feedback-given-label = Feedback gegeben
settings-report-feedback-received-label = Feedback erhalten
settings-report-feedback = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
settings-report-feedback-rated = { $count ->
    [one] { $count } Eintrag, im Schnitt mit { $rating } von 5 eingeschätzt
   *[other] { $count } Einträge, im Schnitt mit { $rating } von 5 eingeschätzt
}
settings-report-agreement-label = Vereinbarung
settings-report-agreement-written = schriftlich festgehalten
settings-report-agreement-none = noch keine geschrieben
settings-report-show-file = Datei zeigen
settings-report-file = Die Berichtsdatei
settings-report-saving = Wird gespeichert…
settings-report-save = Speichern…
settings-report-saved = Programmbericht gespeichert unter { $path }
settings-passphrase-too-short = Bitte mindestens { $min } Zeichen (bisher { $length }).
settings-passphrase-differ = Die beiden Passphrasen unterscheiden sich.
settings-passphrase-wrong = Das ist nicht die Passphrase des Journals.
settings-recovery-key-wrong = Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht.
settings-passphrase-new = Neue Passphrase
settings-passphrase-hint = Mindestens { $min } Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, merkt man sich leichter als ein Zeichensalat.
settings-passphrase-again = Dieselbe Passphrase noch einmal
settings-secret-current = Aktuelle Passphrase
settings-secret-passphrase = Passphrase
settings-secret-recovery-key = Wiederherstellungsschlüssel
settings-secret-use-recovery-key = Stattdessen den Wiederherstellungsschlüssel verwenden
settings-secret-use-passphrase = Stattdessen die Passphrase verwenden
settings-lock = Journal sperren
settings-lock-never = Nie
settings-lock-after-minutes = { $minutes ->
    [one] Nach { $minutes } Minute ohne Nutzung
   *[other] Nach { $minutes } Minuten ohne Nutzung
}
settings-lock-after-an-hour = Nach einer Stunde ohne Nutzung
settings-lock-load-failed = Die Einstellung konnte nicht gelesen werden: { $problem }
settings-lock-not-saved = Nicht gespeichert: { $problem }
settings-lock-now = Jetzt sperren
settings-lock-saved = Gespeichert
settings-lock-hint = Gesperrt fragt das Journal erneut nach seiner Passphrase; was du getippt hast, wird vorher gespeichert.
settings-change-title = Passphrase ändern
settings-change-type-current = Gib die aktuelle Passphrase ein.
settings-change-type-recovery-key = Gib den Wiederherstellungsschlüssel ein.
settings-change-note = Der Wiederherstellungsschlüssel, den du gespeichert hast, funktioniert weiter.
settings-change-failed = Die Passphrase wurde nicht geändert: { $problem }
settings-change-changing = Wird geändert…
settings-change-confirm = Passphrase ändern
settings-change-done = Die Passphrase ist geändert. Der Wiederherstellungsschlüssel bleibt derselbe.
settings-decrypt-title = Verschlüsselung ausschalten
# { $backups } ist settings-decrypt-warning-backups, fett.
settings-decrypt-warning = Das Journal { $backups } werden wieder unverschlüsselte Dateien: Wer eine davon in die Hände bekommt, kann sie lesen. Passphrase und Wiederherstellungsschlüssel sind dann bedeutungslos.
settings-decrypt-warning-backups = und seine Sicherungen
settings-decrypt-type-passphrase = Gib zur Bestätigung die Passphrase ein.
settings-decrypt-type-recovery-key = Gib zur Bestätigung den Wiederherstellungsschlüssel ein.
settings-decrypt-failed = Die Verschlüsselung ist weiterhin an: { $problem }
settings-decrypt-turning-off = Wird ausgeschaltet…
settings-decrypt-confirm = Verschlüsselung ausschalten
settings-decrypt-done = { $backups ->
    [0] Die Verschlüsselung ist aus: Das Journal ist wieder eine unverschlüsselte Datei.
    [one] Die Verschlüsselung ist aus: Das Journal und seine Sicherung sind wieder unverschlüsselte Dateien.
   *[other] Die Verschlüsselung ist aus: Das Journal und seine { $backups } Sicherungen sind wieder unverschlüsselte Dateien.
}
settings-encrypt-title = Dieses Journal verschlüsseln
settings-encrypt-choose-title = Passphrase wählen
settings-encrypt-recovery-title = Dein Wiederherstellungsschlüssel
settings-encrypt-explain = Die Verschlüsselung macht die Journaldatei und ihre Sicherungen zu Daten, die nur ihre Passphrase oder ihr Wiederherstellungsschlüssel öffnen kann.
settings-encrypt-protects = Sie schützt
settings-encrypt-protects-laptop = das Journal auf einem verlorenen oder gestohlenen Laptop;
settings-encrypt-protects-copy = eine Sicherung oder Kopie der Datei, die woanders landet.
settings-encrypt-not-protects = Sie schützt nicht
settings-encrypt-not-protects-open = das Journal, während Twoway auf diesem Computer geöffnet und entsperrt ist;
settings-encrypt-not-protects-exports = deine Exporte: Das sind unverschlüsselte Dateien, die du weitergibst.
settings-encrypt-lose-both = Verlierst du Passphrase und Wiederherstellungsschlüssel, ist das Journal für immer verloren.
settings-encrypt-lose-both-nobody = Dann kann es niemand mehr öffnen, auch Twoway nicht.
settings-encrypt-type-each-time = Du gibst sie jedes Mal ein, wenn Twoway dieses Journal öffnet.
settings-encrypt-failed = Das Journal wurde nicht verschlüsselt und ist unverändert: { $problem }
settings-encrypt-encrypting-all = Journal und Sicherungen werden verschlüsselt…
settings-encrypt-key-opens = Dieser Schlüssel öffnet das Journal, wenn du die Passphrase vergisst.
# { $now } ist settings-encrypt-shown-only-now, fett.
settings-encrypt-shown-once = { $now }: Drucke ihn aus oder bewahre ihn in einem Passwortmanager auf, nicht auf diesem Computer.
settings-encrypt-shown-only-now = Er wird nur jetzt angezeigt
settings-encrypt-print-title = Twoway-Wiederherstellungsschlüssel für { $path }
settings-encrypt-print = Drucken…
settings-encrypt-copy = Kopieren
settings-encrypt-copied = Kopiert. Füge ihn in deinen Passwortmanager ein und leere dann die Zwischenablage.
settings-encrypt-copy-not-allowed = Kopieren ist hier nicht erlaubt. Der Schlüssel ist markiert: Drücke Strg+C, um ihn zu kopieren.
settings-encrypt-saved-key = Ich habe den Wiederherstellungsschlüssel gespeichert
settings-encrypt-tick-once-saved = Setze das Häkchen, sobald der Schlüssel gespeichert ist: Er kann nicht noch einmal angezeigt werden.
settings-encrypt-continue = Weiter
settings-encrypt-encrypting = Wird verschlüsselt…
settings-encrypt-confirm = Verschlüsseln
settings-encrypt-done = { $backups ->
    [0] Dieses Journal ist verschlüsselt.
    [one] Dieses Journal ist verschlüsselt, seine Sicherung auch.
   *[other] Dieses Journal ist verschlüsselt, seine { $backups } Sicherungen auch.
}
refused-title = Dieses Journal kann nicht geöffnet werden
refused-text = Twoway hat die Datei nicht verändert. Du kannst ein anderes Journal öffnen oder woanders ein neues anlegen.
unlock-kicker = Verschlüsseltes Journal
unlock-title = { $file } entsperren
unlock-encrypted-on-disk = Dieses Journal ist auf dem Datenträger verschlüsselt.
unlock-hint-passphrase = Gib seine Passphrase ein, um es zu öffnen.
unlock-hint-recovery-key = Gib den Wiederherstellungsschlüssel ein, den du beim Einschalten der Verschlüsselung gespeichert hast (Leerzeichen, Bindestriche und Groß-/Kleinschreibung spielen keine Rolle).
unlock-type-passphrase = Gib die Passphrase des Journals ein.
unlock-type-recovery-key = Gib den Wiederherstellungsschlüssel ein.
unlock-wrong-passphrase = Diese Passphrase öffnet dieses Journal nicht. Prüfe sie und versuche es erneut.
unlock-wrong-recovery-key = Dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht. Prüfe ihn und versuche es erneut.
unlock-unlocking = Wird entsperrt…
unlock-confirm = Entsperren
unlock-not-this-journal = Nicht dieses Journal?
settings-title = Einstellungen
settings-profile = Dein Profil
settings-profile-text = Damit wirst du begrüßt und signierst, was du exportierst.
settings-profile-load-failed = Dein Profil konnte nicht gelesen werden: { $problem }
settings-profile-name = Mein Name
settings-profile-name-example = z. B. Maria Schmidt
settings-profile-role = Meine Rolle
settings-profile-role-example = z. B. Finanzvorständin
settings-journal = Wo dein Journal liegt
backup-title = Sicherungen
settings-encryption = Verschlüsselung
settings-share = Export und Import
settings-share-text = Exportiere das ganze Journal als Markdown, als druckbare Seite, als Kalenderdatei oder als Paket, das ein anderes Twoway-Journal importiert. Du siehst, was diesen Computer verlässt, bevor es gespeichert wird.
settings-share-export = Journal exportieren…
settings-share-import = Paket importieren…
settings-programme = Dein Mentoring-Programm
settings-programme-text = Programme fragen jedes Tandem, wie es läuft. Schreibe einen Bericht nur aus Zahlen (Treffen gemessen an eurem Rhythmus, Ziele, Entwicklung der Kompetenzen, Feedback), ohne Namen, Titel oder Notizen. Du siehst jede Zahl, bevor er gespeichert wird.
settings-programme-write = Programmbericht schreiben…
settings-appearance = Darstellung
settings-appearance-text = Twoway folgt der hellen oder dunklen Einstellung deines Systems. Ändere sie dort, und das Fenster folgt.
settings-keys = Tastenkürzel
settings-keys-save-dialog = Dialog speichern und schließen
settings-keys-move-agenda-item = Agendapunkt nach oben oder unten verschieben
settings-keys-search-results = Durch Suchergebnisse gehen; Eingabe öffnet eines
settings-privacy = Datenschutz
settings-privacy-local = Alles, was du schreibst, bleibt in der Journaldatei oben, auf diesem Computer.
settings-privacy-nothing-sent = Twoway sendet nichts irgendwohin: kein Konto, keine Cloud, kein Tracking. Ist die Synchronisierung an, schreibt es seine Änderungen in den Ordner, den du gewählt hast, und dein eigenes Synchronisierungswerkzeug trägt sie weiter.
# { $private } ist das Etikett „privat“.
settings-privacy-private = Als { $private } markierte Notizen bleiben bei allem außen vor, was du für dein Gegenüber exportierst.
settings-privacy-export-yourself = Sie werden nur exportiert, wenn du für dich selbst exportierst.

## Sharing, recognition, the sidebar, dialogs and the app frame

app-opening = Dein Journal wird geöffnet…
app-skip-to-content = Zum Inhalt springen
app-synced = Synchronisiert: { $changes }.
app-partner-pack-refused = Das geteilte Paket von { $name } konnte nicht übernommen werden: { $problem }
app-partner-pack-came-in = Das geteilte Paket von { $name } ist angekommen: { $added } hinzugefügt, { $updated } aktualisiert.
app-plan-needs-partnership = Leg zuerst ein Tandem an: Treffen werden in einem Tandem geplant.
app-plan-open-partnership = Öffne das Tandem, in dem du das Treffen planen willst, und wähle dann erneut „Neues Treffen“.
sidebar-label = Journal
sidebar-brand = Twoway
sidebar-home-link = Twoway-Übersicht
sidebar-search-label = Journal durchsuchen
sidebar-search-placeholder = Suchen  ({ $shortcut })
sidebar-capture = Was habe ich gelernt?
sidebar-home = Übersicht
sidebar-learning-log = Lernjournal
sidebar-partnerships = Tandems
sidebar-new-partnership = Neues Tandem
sidebar-no-partnerships = Noch keine.
sidebar-status-paused = (pausiert)
sidebar-status-completed = (abgeschlossen)
sidebar-trash = Papierkorb
sidebar-settings = Einstellungen
sidebar-demo-note = Beispieljournal – dein eigenes Journal bleibt unberührt.
markdown-preview-region = Vorschau: { $label }
markdown-preview = Vorschau
markdown-nothing-written = Noch nichts geschrieben.
markdown-open-link-title = Diesen Link öffnen?
markdown-open-link-browser = Twoway öffnet { $href } in deinem Browser.
markdown-open-link-mail = Twoway öffnet { $href } in deinem E-Mail-Programm.
markdown-open-link = Link öffnen
markdown-open-link-failed = Der Link lässt sich nicht öffnen: { $reason }
privacy-only-me = Nur ich
privacy-only-me-meaning = Nur ich. { $meaning }
privacy-shared = Geteilt
capture-title = Was habe ich gelernt?
capture-text-label = Was ich gelernt oder angewendet habe
capture-text-placeholder = Wer zuerst nach einer Tabelle fragt, bekommt einen besseren ersten Entwurf…
capture-partnership = Tandem
capture-none = Keines
capture-skill = Kompetenz
capture-no-skills = Noch keine Kompetenzen
capture-skill-none = Keine
capture-date = Datum
capture-visibility = Wer es sehen darf
capture-only-me = Nur ich
capture-shared = Geteilt mit meinem Gegenüber
capture-save-hint = Strg+Eingabe zum Speichern
capture-save = Erkenntnis speichern
capture-saved = Erkenntnis in deinem Lernjournal gespeichert.
save-editing = Wird bearbeitet…
save-saving = Wird gespeichert…
save-saved = Gespeichert
save-not-saved = Nicht gespeichert
save-not-saved-field = Nicht gespeichert: siehe das markierte Feld
save-not-saved-because = Nicht gespeichert: { $reason }
toast-region = Benachrichtigungen
toast-dismiss = Schließen
dialog-partnership-title = Neues Tandem
dialog-partnership-name = Name deines Gegenübers
dialog-partnership-required = (Pflichtfeld)
dialog-partnership-role = Rolle
dialog-partnership-role-placeholder = z. B. Datenanalystin
dialog-partnership-topic = Ein Thema
dialog-partnership-start-date = Das Startdatum
dialog-partnership-how-often = Wie oft
dialog-partnership-field-problem = { $field } { $problem }
dialog-partnership-must-be-date = muss ein Datum sein
dialog-partnership-learn = Was ich von meinem Gegenüber lerne
dialog-partnership-learn-placeholder = z. B. LinkedIn, generative KI
dialog-partnership-teach = Was ich meinem Gegenüber beibringe
dialog-partnership-teach-placeholder = z. B. Kapitalallokation
dialog-partnership-topics-hint = Themen mit Komma oder Eingabe trennen.
dialog-partnership-started = Begonnen am
dialog-partnership-cadence = Wie oft ihr euch trefft
dialog-partnership-every = Alle
dialog-partnership-every-days = Wie viele Tage zwischen den Treffen
dialog-partnership-every-weeks = Wie viele Wochen zwischen den Treffen
dialog-partnership-every-months = Wie viele Monate zwischen den Treffen
dialog-partnership-unit = Einheit
dialog-partnership-no-rhythm = Kein fester Rhythmus
dialog-partnership-create-hint = Strg+Eingabe zum Anlegen
dialog-partnership-create = Tandem anlegen
lib-your-partner = dein Gegenüber
lib-error-unknown = Etwas ist schiefgegangen.
lib-error-link = Nur Web- und E-Mail-Links lassen sich öffnen.
lib-file-choose-sync-folder = Ordner für die Synchronisierung wählen
lib-file-journal = Twoway-Journal
lib-file-markdown = Markdown
lib-file-web-page = Webseite
lib-file-pack = Twoway-Paket
lib-file-calendar = Kalender
lib-file-save-folder = Als Ordner speichern
lib-file-save-export = Export speichern
lib-file-record = Lernnachweis
lib-file-save-record = Lernnachweis speichern
lib-file-save-certificate = Urkunde speichern
lib-file-open-record = Lernnachweis öffnen
lib-file-save-report = Programmbericht speichern
lib-file-report = Programmbericht
lib-file-import-pack = Twoway-Paket importieren
lib-trash-moved = { $kind } in den Papierkorb verschoben.
lib-trash-delete-failed = Löschen nicht möglich: { $reason }
lib-trash-restore-failed = Wiederherstellen nicht möglich: { $reason }
lib-confirm-ok = OK
lib-visibility-private = Privat: bleibt auf diesem Computer, nie in einem Export für { $partner }
lib-visibility-shared = Geteilt: enthalten, wenn du für { $partner } exportierst
lib-visibility-locked-goal = Privat, weil das zugehörige Ziel privat ist
lib-visibility-locked-skill = Privat, weil die zugehörige Kompetenz privat ist
lib-visibility-locked = Privat, weil das übergeordnete Element ({ $parent }) privat ist
lib-read-only-reason = Dieses Journal ist schreibgeschützt: Seine Datei oder das Laufwerk, auf dem sie liegt, kann nicht beschrieben werden. Lesen, Suche und Export funktionieren weiterhin.
lib-idle-stayed-open = Das Journal bleibt geöffnet: Eine Änderung konnte nicht gespeichert werden. { $reason }
lib-router-not-saved = Eine Änderung wurde nicht gespeichert: { $reason }
lib-ends-too-slow = { $count ->
    [one] Das Speichern wurde nicht innerhalb von { $count } Sekunde fertig.
   *[other] Das Speichern wurde nicht innerhalb von { $count } Sekunden fertig.
}
lib-ends-not-saved-title = Nicht gespeichert
lib-ends-quit-message = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Trotzdem beenden und sie verlieren?
lib-ends-quit-confirm = Ohne Speichern beenden
lib-ends-switch-message = Deine letzten Änderungen konnten nicht gespeichert werden: { $problems } Trotzdem das andere Journal öffnen und sie verlieren?
lib-ends-switch-confirm = Ohne Speichern öffnen
share-format-markdown = Markdown
share-format-markdown-description = Ein Dokument für Notiz-Apps wie Obsidian oder Joplin.
share-format-markdown-folder = Markdown-Ordner
share-format-markdown-folder-description = Ein Verzeichnis und eine Datei pro Treffen.
share-format-html = Druckbare Seite
share-format-html-description = Öffnet sich in jedem Browser; drucke sie oder speichere sie als PDF.
share-format-pack = Twoway-Paket
share-format-pack-description = Dein Gegenüber importiert es in das eigene Journal.
share-format-calendar = Kalender
share-format-calendar-description = Geplante Treffen und fällige Aufgaben, für deine Kalender-App.
share-deletions-shared = { $count ->
    [one] { $count } Löschung
   *[other] { $count } Löschungen
} ({ $kinds }): Einträge, die du in den Papierkorb verschoben hast, also entfernt die Kopie deines Gegenübers sie auch.
share-deletions-all = { $count ->
    [one] { $count } Löschung
   *[other] { $count } Löschungen
} ({ $kinds }): Einträge, die du in den Papierkorb verschoben hast, also entfernt das Journal, das es importiert, sie auch.
share-stays-private-notes = { $count ->
    [one] die privaten Notizen von { $count } Treffen
   *[other] die privaten Notizen von { $count } Treffen
}
share-list-and = { $list } und { $last }
share-export-title = Exportieren
share-export-what = Was
share-export-whole-journal = Das ganze Journal
share-export-partnership = Das Tandem mit { $name }
share-export-session = Dieses Treffen: { $title }
share-export-for-whom = Für wen
share-export-for-partner = Mein Gegenüber
share-export-for-partner-hint = Private Notizen und alles, was als „Nur ich“ markiert ist, bleiben draußen.
share-export-for-me = Ich selbst
share-export-for-me-hint = Alles, private Notizen eingeschlossen. Behalte diese Datei für dich.
share-export-form = Form
share-export-leaves = Was diesen Computer verlässt
share-export-counting = Wird gezählt…
share-export-calendar-note = Eine Kalenderdatei enthält von den Einträgen unten nur die geplanten Treffen, den Rhythmus und offene Aufgaben mit Fälligkeitsdatum.
share-export-empty = Noch nichts: Dieser Export wäre leer.
share-export-stays-label = Bleibt hier:
share-export-stays = { $list }.
share-export-nothing-private = Hier ist nichts als privat markiert.
share-export-everything-private = Enthält alles Private. Teile es mit niemandem.
share-export-encrypted-note = Dein Journal ist verschlüsselt, der Export nicht. Er ist eine einfache Datei, die jeder lesen kann, der sie bekommt.
share-export-show-document = Genau zeigen, was hinausgeht
share-export-document-title = Genau das geht hinaus
share-export-document-failed = Der Export lässt sich nicht zeigen: { $reason }
share-export-document-preparing = Das Dokument wird vorbereitet…
share-export-document-region = Der Export als Dokument
share-export-document-empty = Dieser Export ist leer.
share-export-note-calendar = Als Dokument gezeigt. Die Kalenderdatei enthält nur die geplanten Treffen und fälligen Aufgaben.
share-export-note-pack-deletions = Dieselben Einträge wie im Twoway-Paket, als Dokument gezeigt; das Paket enthält außerdem die Löschungen oben.
share-export-note-pack = Dieselben Einträge wie im Twoway-Paket, als Dokument gezeigt.
share-export-note-markdown-folder = Derselbe Inhalt wie im Markdown-Ordner, als Dokument gezeigt.
share-export-note-html = Derselbe Inhalt wie auf der druckbaren Seite, als Dokument gezeigt.
share-export-replace-title = Dateien ersetzen?
share-export-replace-message = In { $path } liegen schon Dateien mit denselben Namen. Durch diesen Export ersetzen?
share-export-replace = Ersetzen
share-export-saved = Gespeichert unter { $path }
share-export-saved-files = { $count ->
    [one] { $count } Datei in { $path } gespeichert
   *[other] { $count } Dateien in { $path } gespeichert
}
share-export-saving = Wird gespeichert…
share-export-save = Speichern…
import-title = Paket importieren
import-whose = Wessen Paket ist es?
import-mine = Meins
import-mine-hint = Aus meinem Journal auf einem anderen Computer exportiert oder als Kopie aufbewahrt.
import-partner = Das meines Gegenübers
import-partner-hint = Die andere Seite unseres Tandems: Was dort als „ich“ steht, wird hier zum Gegenüber, und was dein Gegenüber lernt, ist das, was du beibringst.
import-needs-partnership = Das Paket deines Gegenübers kommt in eines deiner Tandems. Lege zuerst das Tandem an.
import-into = Hinzufügen zu meinem Tandem mit
import-choose-another = Andere Datei wählen…
import-choose = Paketdatei wählen…
import-stopped = Import gestoppt: Nichts wurde geändert. Importiere erneut, wenn du so weit bist.
import-progress = Importfortschritt
import-summary = Was der Import tun wird
import-choose-first = Wähle ein Paket, um zu sehen, was es hinzufügt und ändert, bevor irgendetwas geschrieben wird.
import-choose-partnership = Wähle das Tandem, zu dem dieses Paket gehört.
import-reading = Das Paket wird gelesen…
import-reading-progress = Das Paket wird gelesen
import-nothing-new = Nichts Neues: Alles in diesem Paket ist schon in deinem Journal.
import-totals-add = neu
import-totals-update = zu aktualisieren
import-totals-unchanged = schon vorhanden
import-totals-conflicts = { $count ->
    [one] Konflikt
   *[other] Konflikte
}
import-conflict-note = Ein Konflikt ist ein Eintrag, den du hier geändert hast und den das Paket anders, aber nicht neuer enthält: Deine Fassung bleibt.
import-will-trash = { $count ->
    [one] { $count } Eintrag wandert in den Papierkorb, wie im Paket.
   *[other] { $count } Einträge wandern in den Papierkorb, wie im Paket.
}
import-will-restore = { $count ->
    [one] { $count } Eintrag kommt aus dem Papierkorb zurück.
   *[other] { $count } Einträge kommen aus dem Papierkorb zurück.
}
import-same-meeting = { $count ->
    [one] Ein Treffen, das dein Gegenüber geplant hat, ist dasselbe wie eines deiner Treffen: Es wird nicht hinzugefügt, seine Agenda, Aufgaben und Erkenntnisse kommen zu deinen.
   *[other] { $count } Treffen, die dein Gegenüber geplant hat, sind dieselben wie deine: Sie werden nicht hinzugefügt, ihre Agenden, Aufgaben und Erkenntnisse kommen zu deinen.
}
import-profile-set = Dein Name und deine Rolle werden aus dem Paket übernommen.
import-column-record = Eintrag
import-column-add = Neu
import-column-update = Aktualisieren
import-column-unchanged = Schon vorhanden
import-column-conflicts = Konflikte
import-done = { $added ->
    [one] Importiert: { $added } Eintrag hinzugefügt, { $updated } aktualisiert.
   *[other] Importiert: { $added } Einträge hinzugefügt, { $updated } aktualisiert.
}
import-done-conflicts = Importiert: { $added ->
    [one] { $added } Eintrag
   *[other] { $added } Einträge
} hinzugefügt, { $updated } aktualisiert, { $conflicts ->
    [one] { $conflicts } Konflikt
   *[other] { $conflicts } Konflikte
} so belassen, wie du sie hattest.
import-stopping = Wird gestoppt…
import-importing-progress = Importiere { $done } von { $total ->
    [one] { $total } Eintrag
   *[other] { $total } Einträgen
}…
import-importing = Wird importiert…
import-stop = Stopp
import-import = Importieren
share-folder-linked = Austausch mit { $name } über den Ordner.
share-folder-unlinked = Kein Austausch mehr mit { $name }.
share-folder-choose-title = Ein Ordner, den du mit { $name } teilst
share-folder-pack-refused = Das Paket von { $name } konnte nicht übernommen werden: { $problem }
share-folder-pack-came-in = Das Paket von { $name } ist angekommen: { $added } hinzugefügt, { $updated } aktualisiert.
share-folder-sent = Dein geteiltes Paket liegt im Ordner; von { $name } noch nichts Neues.
share-folder-nothing-new = In keiner Richtung etwas Neues.
share-folder-title = Austausch mit { $name } über einen Ordner
share-folder-intro = Wähle einen Ordner, auf den du und { $name } beide zugreifen könnt, etwa einen geteilten Nextcloud- oder Syncthing-Ordner. Twoway legt dort dein geteiltes Paket dieses Tandems ab, sobald es sich ändert, und holt das andere herein wie „Paket des Gegenübers importieren…“: die andere Seite aus deiner Sicht, die Erkenntnisse des Gegenübers als dessen eigene, ein Treffen, das ihr beide geplant habt, als ein Treffen.
share-folder-only-shared = Dorthin geht nur, was ein Export für { $name } enthält: nichts, was als privat markiert ist, keine privaten Notizen.
share-folder-exchanging-through = Austausch über { $folder }.
share-folder-not-linked = Noch mit keinem Ordner verbunden.
share-folder-stop = Austausch beenden
share-folder-another = Anderer Ordner…
share-folder-exchange-now = Jetzt austauschen
share-folder-choose = Ordner wählen…
recognition-goal-achieved-on = Ziel erreicht am { $date }
recognition-goal-achieved = Ziel erreicht
recognition-rated-by-me = { $from } → { $to } von mir
recognition-rated-by-partner = { $from } → { $to } von { $name }
recognition-skill-rated = Kompetenz, eingeschätzt { $ratings }
recognition-skill-not-rated = Kompetenz, noch nicht eingeschätzt
recognition-file-signed-by-me = Lernnachweis mit { $name } (von mir signiert)
recognition-file-signed-by-both = Lernnachweis mit { $name } (von beiden signiert)
recognition-file-certificate = Urkunde zum Lernnachweis mit { $name }
recognition-signed-saved = Signiert und unter { $path } gespeichert. Schick ihn { $name } zum Gegenzeichnen.
recognition-signed-kept = Signiert und in deinem Journal aufbewahrt. Er geht mit deinem nächsten Paket an dein Gegenüber (Exportieren… → ein Paket für dein Gegenüber).
recognition-countersigned-saved = Gegengezeichnet und unter { $path } gespeichert. Schick ihn an { $name } zurück.
recognition-countersigned-kept = Gegengezeichnet und in deinem Journal aufbewahrt. Er geht mit deinem nächsten Paket an dein Gegenüber (Exportieren… → ein Paket für dein Gegenüber).
recognition-certificate-saved = Urkunde unter { $path } gespeichert
recognition-state-broken = ist nicht gültig
recognition-state-both = von euch beiden signiert
recognition-state-waiting-partner = von dir signiert, wartet auf { $name }
recognition-state-waiting-me = von { $name } signiert, wartet auf dich
recognition-signer-me = Du
recognition-signer-partner = { $name } (Schlüssel bestätigt am { $date })
recognition-signer-unconfirmed = Ein Schlüssel, den du nicht bestätigt hast
recognition-signer-none = Kein Schlüssel angegeben
recognition-title = Lernnachweis
recognition-modes = Was tun
recognition-mode-sign = Lernnachweis signieren
recognition-mode-open = Lernnachweise mit { $name }
recognition-my-key = Dein Schlüssel: { $fingerprint }
recognition-my-key-hint = Lies ihn { $name } einmal vor, damit deine Signatur als deine bestätigt werden kann.
recognition-period = Zeitraum
recognition-period-hint = (optional, sonst das ganze Tandem)
recognition-from = Von
recognition-to = Bis
recognition-gathering = Es wird gesammelt, was der Lernnachweis sagen kann…
recognition-held = { $sessions ->
    [one] { $sessions } Treffen
   *[other] { $sessions } Treffen
} gehalten, { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}. Nichts Privates wird angeboten.
recognition-i-learned = Was ich gelernt habe
recognition-they-learned = Was { $name } von mir gelernt hat
recognition-nothing-shared = Noch nichts Geteiltes zum Aufnehmen.
recognition-statement = Was ich über { $name } sage
recognition-statement-placeholder = Was mir die Zusammenarbeit gebracht hat, in ein, zwei Sätzen
recognition-kept-list = In diesem Journal aufbewahrte Lernnachweise
recognition-kept-state = { $state } · zuletzt geändert am { $when }
recognition-open = Öffnen
recognition-none-kept = Hier ist noch kein Lernnachweis. Einer, den du signierst, wird hier aufbewahrt; einer, den { $name } signiert, kommt mit dem Paket.
recognition-open-file = Lernnachweis-Datei öffnen…
recognition-issued-by = Ausgestellt von { $name }
recognition-does-not-hold = Dieser Lernnachweis ist nicht gültig: Er wurde nach dem Signieren geändert, oder eine Signatur fehlt. Verlass dich nicht darauf.
recognition-role-issuer = hat ihn ausgestellt
recognition-role-countersigner = hat ihn gegengezeichnet
recognition-signature-holds = Signatur gültig
recognition-confirm-ask = Bitte { $name }, den Fingerabdruck des eigenen Schlüssels vorzulesen. Stimmt er mit { $fingerprint } überein?
recognition-confirm-key = Er stimmt: Schlüssel bestätigen
recognition-complete = Von euch beiden signiert. Die Urkunde ist eine Seite zum Drucken oder Teilen.
recognition-open-hint = Öffne oben einen Lernnachweis oder die Datei, die { $name } dir geschickt hat: einen zum Gegenzeichnen oder einen, den ihr beide signiert habt.
recognition-sign-to-file = Signieren und als Datei speichern…
recognition-sign = Signieren
recognition-countersign-to-file = Gegenzeichnen und als Datei speichern…
recognition-countersign = Gegenzeichnen
recognition-save-certificate = Urkunde speichern…

## The language choice (Settings)

settings-language-heading = Sprache
settings-language-label = Sprache von Twoway
settings-language-system = Wie das System ({ $language })
settings-language-hint = Das Fenster, seine Menüs, Erinnerungen und deine Exporte verwenden diese Sprache. Was du in dein Journal geschrieben hast, bleibt, wie du es geschrieben hast.
settings-language-failed = Die Sprache konnte nicht geändert werden: { $problem }
settings-language-unreadable = Die Sprachwahl konnte nicht gelesen werden: { $problem }

## Menus, tray and reminders (written by the shell)

key-ctrl = Strg
key-shift = Umschalt
key-alt = Alt

menu-file = &Datei
menu-edit = &Bearbeiten
menu-view = &Ansicht
menu-help = &Hilfe
menu-new-session = Neues &Treffen…
menu-new-partnership = Neues Ta&ndem…
menu-capture-learning = &Erkenntnis festhalten…
menu-import = Paket &importieren…
menu-export = E&xportieren…
menu-quit = &Beenden
menu-find = Im Journal &suchen
menu-home = Ü&bersicht
menu-learning-log = &Lernjournal
menu-search = &Suche
menu-trash = &Papierkorb
menu-settings = &Einstellungen
menu-back = &Zurück
menu-forward = &Vorwärts
menu-shortcuts = &Tastenkürzel
menu-undo = &Rückgängig
menu-redo = Wieder&holen
menu-cut = &Ausschneiden
menu-copy = &Kopieren
menu-paste = &Einfügen
menu-select-all = Alles aus&wählen
menu-about = Ü&ber Twoway
menu-about-comments = Ein privates Journal für Reverse Mentoring.
menu-tip-new-session = Ein Treffen im aktuellen Tandem planen
menu-tip-new-partnership = Ein neues Tandem beginnen
menu-tip-capture-learning = Eine Erkenntnis festhalten: „Was habe ich gelernt?“
menu-tip-import = Ein Paket importieren
menu-tip-export = Das Journal, ein Tandem oder ein Treffen exportieren
menu-tip-quit = Speichern und beenden
menu-tip-search = Im Journal suchen
menu-tip-home = Zur Übersicht
menu-tip-learning-log = Das Lernjournal öffnen
menu-tip-trash = Den Papierkorb öffnen
menu-tip-settings = Die Einstellungen öffnen
menu-tip-back = Zurück
menu-tip-forward = Vorwärts
menu-tip-shortcuts = Die Tastenkürzel anzeigen
tray-open = Twoway öffnen
tray-quit = Twoway beenden
reminder-open = Öffnen
reminder-digest-title = Heute in Twoway
reminder-session-soon = Treffen mit { $partner } in { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
reminder-session-at = { $title } um { $time }
reminder-more-items = und { $count ->
    [one] { $count } weiterer Punkt
   *[other] { $count } weitere Punkte
}
reminder-private-actions = { $count ->
    [one] { $count } private Aufgabe
   *[other] { $count } private Aufgaben
}
reminder-actions-due-today = { $count ->
    [one] { $count } Aufgabe heute fällig
   *[other] { $count } Aufgaben heute fällig
} mit { $partner }: { $actions }
reminder-actions-overdue = { $count ->
    [one] { $count } Aufgabe überfällig
   *[other] { $count } Aufgaben überfällig
} mit { $partner }: { $actions }
reminder-plan-session = Zeit, ein Treffen mit { $partner } zu planen (fällig am { $due })
reminder-revisit-agreement = Schau dir eure Vereinbarung mit { $partner } wieder an (ab { $from })
reminder-no-session-for = Seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} kein Treffen mit { $partner }

## Exports and printable documents (written by the shell)
export-me = Ich
export-partner = Partner/in
export-untitled = (ohne Titel)
export-journal-title = Twoway-Journal
export-journal-title-named = Twoway-Journal — { $name }
export-file-partnership = Twoway mit { $partner }
export-not-in-export = Nicht in diesem Export.
export-missing-partnership = Tandem
export-missing-session = Treffen
export-label-name = Name
export-label-role = Rolle
export-label-partnerships = Tandems
export-partnerships-none = keine
export-label-partner = Tandempartner/in
export-label-learns = { $name } lernt
export-label-teaches = { $name } vermittelt
export-label-status = Status
export-label-dates = Zeitraum
export-dates-range = { $from } bis { $to }
export-dates-since = seit { $from }
export-label-cadence = Rhythmus
export-every-day = { $count ->
    [one] jeden Tag
   *[other] alle { $count } Tage
}
export-every-week = { $count ->
    [one] jede Woche
   *[other] alle { $count } Wochen
}
export-every-month = { $count ->
    [one] jeden Monat
   *[other] alle { $count } Monate
}
export-status-active = aktiv
export-status-paused = pausiert
export-status-completed = abgeschlossen
export-status-open = offen
export-status-in-progress = in Arbeit
export-status-achieved = erreicht
export-status-dropped = verworfen
export-status-planned = geplant
export-status-held = stattgefunden
export-status-cancelled = abgesagt
export-heading-agreement = Vereinbarung
export-agreement-adopted = Von { $me } am { $date } angenommen.
export-agreement-adopted-by-both = Von { $me } am { $date } und von { $partner } am { $partner-date } angenommen.
export-agreement-changed-since = Der Text oben hat sich seitdem geändert.
export-agreement-revisit = Am { $date } wieder besprechen.
export-heading-goals = Ziele
export-heading-sessions = Treffen
export-heading-action-items = Aufgaben
export-heading-skills = Kompetenzen
export-heading-learnings = Erkenntnisse
export-heading-feedback = Feedback
export-heading-learnings-without-partnership = Erkenntnisse ohne Tandem
export-heading-skills-without-partnership = Kompetenzen ohne Tandem
export-feedback-given-by = Gegeben von { $name }
export-feedback-received-from = Erhalten von { $name }
export-label-direction = Richtung
export-goal-learns-from = { $me } lernt von { $partner }
export-goal-teaches = { $me } unterrichtet { $partner }
export-label-progress = Fortschritt
export-label-target = Zieldatum
export-label-visibility = Sichtbarkeit
export-private = privat
export-label-description = Beschreibung
export-label-success-criteria = Erfolgskriterien
export-heading-check-ins = Check-ins
export-label-partnership = Tandem
export-partnership-pair = { $me } und { $partner }
export-label-when = Wann
export-label-where = Wo
export-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
export-minutes-short = { $count } Min.
export-heading-agenda = Agenda
export-agenda-empty = Noch keine Agendapunkte.
export-agenda-time-boxed = Verplant: { $planned } von { $duration } Minuten.
export-agenda-time-boxed-free = Verplant: { $planned } von { $duration } Minuten ({ $free ->
    [one] { $free } Minute
   *[other] { $free } Minuten
} frei).
export-agenda-time-boxed-over = Verplant: { $planned } von { $duration } Minuten ({ $over ->
    [one] { $over } Minute
   *[other] { $over } Minuten
} zu viel).
export-agenda-covered = { $covered } von { $count } Punkten besprochen.
export-carried-over = übernommen
export-carried-over-from = übernommen vom { $date }
export-agenda-goal = Ziel: { $goal }
export-heading-open-action-items = Offene Aufgaben
export-heading-shared-notes = Geteilte Notizen
export-heading-private-notes = Private Notizen
export-heading-actions-agreed = Vereinbarte Aufgaben
export-action-due = fällig am { $date }
export-action-done = erledigt am { $date }
export-action-from = aus { $session }
export-entry-session = Treffen: { $session }
export-entry-from = von { $name }
export-learning-skill = Kompetenz: { $skill }
export-feedback-rating = Einschätzung { $rating }/5
export-feedback-went-well = Lief gut
export-feedback-to-improve = Zu verbessern
export-label-category = Kategorie
export-skill-learns = { $me } lernt
export-skill-teaches = { $me } vermittelt
export-label-rated-by = Eingeschätzt von { $name }
export-rating-change = { $first } → { $last } ({ $change }; { $from } bis { $to }, { $count ->
    [one] { $count } Einschätzung
   *[other] { $count } Einschätzungen
})
export-heading-ratings = Einschätzungen
export-html-shared = Geteilter Export: private Notizen, Ziele, Erkenntnisse und Feedback sind nicht enthalten.
export-html-personal = Persönlicher Export: alles, auch private Notizen.
export-html-exported = Exportiert am { $at } (UTC).
export-calendar-me = ich
export-calendar-partner = Partner/in
export-calendar-session = { $title } (mit { $partner })
export-calendar-revisit = Vereinbarung mit { $partner } wieder besprechen
export-calendar-agenda = Agenda
export-calendar-agenda-time-boxed = Agenda: { $planned } von { $duration } Min.
export-calendar-covered = besprochen
export-calendar-rhythm = Reverse Mentoring mit { $partner } ({ $every })
export-calendar-rhythm-description = Der Rhythmus des Tandems mit { $partner }: { $every }. Das sind Platzhalter nach dem letzten Treffen im Journal; geplante Treffen sind eigene Termine.
export-calendar-owner = Zuständig: { $name }
export-calendar-partnership = Tandem: { $partner }
export-calendar-agreed-in = Vereinbart in: { $session } ({ $date })
certificate-kicker = Lernnachweis
certificate-pair = { $issuer } und { $partner }
certificate-period-whole = Die ganze Tandemzeit
certificate-period-since = Seit { $from }
certificate-period-until = Bis { $to }
certificate-period-range = Vom { $from } bis { $to }
certificate-subtitle = Reverse Mentoring · { $period }
certificate-facts = { $sessions } Treffen · { $hours } Stunden gemeinsam
certificate-hours-decimal = { $whole },{ $tenths }
certificate-learned = Was { $name } gelernt hat
certificate-nothing-listed = Nichts aufgeführt.
certificate-rated-by = eingeschätzt von { $name }: { $first } → { $latest } von 5
certificate-goal-achieved = Ziel erreicht: { $goal }
certificate-statements = In ihren Worten
certificate-statement-by = { $signer } über { $about }
certificate-signatures = Signaturen
certificate-signed-by = Signiert von
certificate-key-fingerprint = Fingerabdruck des Schlüssels
certificate-signed = Signiert am
certificate-checked-here = Hier geprüft
certificate-signature-broken = Signatur beschädigt
certificate-signature-valid = gültig
certificate-key-own = dein eigener Schlüssel
certificate-key-confirmed = Schlüssel bestätigt am { $date }
certificate-key-unconfirmed = Schlüssel nicht bestätigt
certificate-code-whole = Der Code enthält den ganzen signierten Lernnachweis.
certificate-code-hash = Der Lernnachweis ist zu groß für einen Code: Der Code enthält seine ID und den SHA-256 seines kanonischen JSON.
certificate-record = Lernnachweis { $id }
certificate-digest = SHA-256 (kanonisches JSON, RFC 8785): { $digest }
certificate-signed-as = Signiert als W3C Verifiable Credential (Open Badges 3.0) mit Data-Integrity-Nachweisen, eddsa-jcs-2022.
certificate-check-with = Prüfe die Datei mit { $command }.
certificate-qr-label = QR-Code

## Record kinds

# Wie jede Art von Eintrag heißt: der Name allein, als Beschriftung, das Wort im Satz und eine
# Anzahl. Deutsche Nomen bleiben überall großgeschrieben.

kind-partnership-title = Tandem
kind-goal-title = Ziel
kind-goal-check-in-title = Check-in
kind-session-title = Treffen
kind-agenda-item-title = Agendapunkt
kind-action-item-title = Aufgabe
kind-skill-title = Kompetenz
kind-skill-rating-title = Einschätzung
kind-learning-title = Erkenntnis
kind-feedback-title = Feedback
kind-agreement-version-title = Vereinbarungsversion
kind-record-of-learning-title = Lernnachweis
kind-agenda-template-title = Agendavorlage
kind-partnership = Tandem
kind-goal = Ziel
kind-goal-check-in = Check-in
kind-session = Treffen
kind-agenda-item = Agendapunkt
kind-action-item = Aufgabe
kind-skill = Kompetenz
kind-skill-rating = Einschätzung
kind-learning = Erkenntnis
kind-feedback = Feedback
kind-agreement-version = Vereinbarungsversion
kind-record-of-learning = Lernnachweis
kind-agenda-template = Agendavorlage
kind-partnership-count = { $count ->
    [one] { $count } Tandem
   *[other] { $count } Tandems
}
kind-goal-count = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
}
kind-goal-check-in-count = { $count ->
    [one] { $count } Check-in
   *[other] { $count } Check-ins
}
kind-session-count = { $count ->
    [one] { $count } Treffen
   *[other] { $count } Treffen
}
kind-agenda-item-count = { $count ->
    [one] { $count } Agendapunkt
   *[other] { $count } Agendapunkte
}
kind-action-item-count = { $count ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
kind-skill-count = { $count ->
    [one] { $count } Kompetenz
   *[other] { $count } Kompetenzen
}
kind-skill-rating-count = { $count ->
    [one] { $count } Einschätzung
   *[other] { $count } Einschätzungen
}
kind-learning-count = { $count ->
    [one] { $count } Erkenntnis
   *[other] { $count } Erkenntnisse
}
kind-feedback-count = { $count ->
    [one] { $count } Feedback
   *[other] { $count } Feedbacks
}
kind-agreement-version-count = { $count ->
    [one] { $count } Vereinbarungsversion
   *[other] { $count } Vereinbarungsversionen
}
kind-record-of-learning-count = { $count ->
    [one] { $count } Lernnachweis
   *[other] { $count } Lernnachweise
}
kind-agenda-template-count = { $count ->
    [one] { $count } Agendavorlage
   *[other] { $count } Agendavorlagen
}

## Errors (written by the shell)

error-invalid = { $field }: { $problem }
error-not-found = Kein Eintrag vom Typ „{ $kind }“ mit der ID { $id }
error-trashed = „{ $kind }“ { $id } liegt im Papierkorb
error-not-a-journal = { $path } ist kein Twoway-Journal; die Datei bleibt, wie sie ist
error-corrupt = { $path } ist beschädigt ({ $detail }); die Datei bleibt, wie sie ist
error-corrupt-copy-integrity = die Kopie hat ihre Integritätsprüfung nicht bestanden: { $problem }
error-corrupt-converted-copy = die umgewandelte Kopie hat die Prüfung nicht bestanden ({ $problem }); das Journal bleibt, wie es ist
error-corrupt-records-of = { $found } von { $expected } Einträgen
error-too-new = { $path } wurde von einem neueren Twoway geschrieben (Schema { $found }; diese Version liest bis { $supported }); die Datei bleibt, wie sie ist
error-exists = { $path } gibt es schon; die Datei wurde nicht ersetzt
error-disk-full = Datenträger voll: Auf dem Datenträger mit { $folder } ist kein Platz mehr; nichts wurde geändert
error-read-only = In { $folder } kann nicht geschrieben werden (schreibgeschützt, oder du darfst dort nicht schreiben); nichts wurde geändert
error-io = { $context }: { $source }
error-context-read = { $path } lässt sich nicht lesen
error-context-write = { $path } lässt sich nicht schreiben
error-context-remove = { $path } lässt sich nicht entfernen
error-context-open = { $path } lässt sich nicht öffnen
error-context-create-folder = Der Ordner { $path } lässt sich nicht anlegen
error-context-seal-file = Eine Datei lässt sich nicht verschlüsseln
error-context-no-randomness = Das System hat keine Zufallszahlen geliefert
error-context-seal-key = Der Schlüssel des Journals lässt sich nicht verschlüsseln
error-context-write-keys = Die Schlüsseldatei lässt sich nicht schreiben
error-context-write-converted-journal = Das umgewandelte Journal lässt sich nicht schreiben
error-context-convert-a-backup = Eine Sicherung lässt sich nicht umwandeln
error-context-write-pack = Das Paket lässt sich nicht schreiben
error-context-convert-backup = Die Sicherung lässt sich nicht umwandeln
error-context-write-change-file = Eine Änderungsdatei lässt sich nicht schreiben
error-context-write-device-file = device.json lässt sich nicht schreiben
error-context-write-change = Eine Änderung lässt sich nicht schreiben
error-context-note-sync = Die Synchronisierung lässt sich nicht vermerken
error-in-synced-folder = { $path } liegt in { $folder }, einem Ordner, den { $tool } synchronisiert: Das Journal würde kopiert, während es geschrieben wird, und könnte dabei beschädigt werden. Bewahre das Journal in einem Ordner auf, der nicht synchronisiert wird; lege Exporte und Sicherungen stattdessen in den synchronisierten Ordner
error-locked = { $path } ist verschlüsselt: Es öffnet sich mit seiner Passphrase oder seinem Wiederherstellungsschlüssel
error-in-use = { $path } ist in einem anderen Twoway-Fenster oder -Befehl geöffnet; schließe es dort und versuche es noch einmal; nichts wurde geändert
error-sync-off = Die Synchronisierung ist für dieses Journal aus: Wähle zuerst einen Sync-Ordner
error-sync-folder-holds-journal = { $folder } enthält das Journal selbst; wähle für die Synchronisierung einen eigenen Ordner (das Journal liegt nie darin)
error-sync-folder-encrypted = Die Geräte, die über { $folder } synchronisieren, führen ein verschlüsseltes Journal: Verschlüssele auch dieses Journal und wähle den Ordner dann noch einmal mit ihrer Passphrase oder ihrem Wiederherstellungsschlüssel
error-sync-folder-plain = Andere Geräte schreiben unverschlüsselte Änderungsdateien in { $folder }: Ein verschlüsseltes Journal synchronisiert nur mit verschlüsselten; wähle einen neuen, leeren Ordner
error-sync-needs-secret = Die Änderungsdateien in { $folder } sind verschlüsselt: Gib die Passphrase oder den Wiederherstellungsschlüssel des Journals ein, das dort mit der Synchronisierung begonnen hat
error-sync-on = Schalte zuerst die Synchronisierung aus: Die Änderungsdateien, die schon im Sync-Ordner liegen, bleiben, wie sie geschrieben wurden; wähle danach einen neuen, leeren Sync-Ordner
error-sync-waiting = Eine Änderungsdatei wartet auf Einträge, auf die sie verweist; sie wird angewendet, sobald sie da sind
error-cancelled = Angehalten, bevor etwas geändert wurde
error-wrong-secret = Diese Passphrase oder dieser Wiederherstellungsschlüssel öffnet dieses Journal nicht; nichts wurde geändert
error-not-a-report = Kein Twoway-Programmbericht: { $detail }
error-report-in-file = { $path } ({ $detail })
error-report-at = Zeile { $line }, Spalte { $column }
error-report-no-format = ihm fehlt „format“: „{ $format }“
error-report-version = er hat Version { $found }; dieses Twoway liest Version { $supported }
error-report-no-version = ihm fehlt die Version
error-database = Datenbankfehler: { $source }
error-migration = Migration fehlgeschlagen: { $source }
error-pack-truncated = Das Paket ist unvollständig (es endet in Zeile { $line }, Spalte { $column }); nichts wurde importiert
error-pack-not-json = Das Paket ist kein gültiges JSON (Zeile { $line }, Spalte { $column }); nichts wurde importiert
error-pack-wrong-format = Die Datei ist kein Twoway-Paket; nichts wurde importiert
error-pack-too-new = Das Paket wurde von einem neueren Twoway geschrieben (Paketversion { $found }; diese Version liest bis { $supported }); nichts wurde importiert
error-pack-malformed = Das Paket ist beschädigt (Stelle: { $at }): { $problem }; nichts wurde importiert
error-pack-duplicate-id = Die ID { $id } kommt im Paket mehr als einmal vor; nichts wurde importiert
error-pack-invalid = „{ $kind }“ { $id } im Paket wird abgelehnt ({ $field }: { $problem }); nichts wurde importiert
error-pack-partnership-count = Das Paket deines Tandempartners muss genau ein Tandem enthalten, dieses enthält { $count }; nichts wurde importiert
error-pack-no-target-partnership = Wähle das Tandem, zu dem das Paket deines Tandempartners gehört; nichts wurde importiert
error-pack-partner-pack-not-shared = Das Paket deines Tandempartners muss ein geteilter Export sein; dieses enthält private Inhalte, deshalb wurde nichts importiert
error-pack-top-level = oberste Ebene
error-pack-problem-version = muss eine ganze Zahl ab 1 sein
error-pack-problem-unknown-key = enthält ein Feld, das der Aufbau eines Pakets nicht kennt
error-pack-problem-missing-key = ihm fehlt ein Feld, das der Aufbau eines Pakets verlangt
error-pack-problem-missing = fehlt
error-pack-problem-not-a-list = muss eine Liste von Einträgen sein
error-pack-problem-lacks-key = ihm fehlt das Feld { $key }
error-pack-problem-unknown-value = enthält einen Wert, der nicht in seiner Liste steht ({ $expected })
error-pack-problem-wrong-type = enthält einen Wert vom falschen Typ oder außerhalb des Bereichs ({ $expected })
error-pack-problem-not-a-uuid = enthält eine ID, die keine UUID ist
error-pack-problem-unreadable-value = enthält einen Wert, der sich nicht lesen lässt (ein Datum, eine Uhrzeit oder eine Zahl)
problem-empty = darf nicht leer sein
problem-too-long = ist länger als { $max } Bytes
problem-out-of-range = muss zwischen { $min } und { $max } liegen
problem-before = darf nicht vor { $other } liegen
problem-too-short = braucht mindestens { $min } Zeichen
problem-line-break = darf keinen Zeilenumbruch enthalten
problem-unknown-parent = kein Eintrag vom Typ „{ $kind }“ mit der ID { $id }
problem-trashed-parent = „{ $kind }“ { $id } liegt im Papierkorb
problem-immutable = lässt sich nicht mehr ändern, wenn der Eintrag einmal existiert
problem-other-partnership = gehört nicht zum selben Tandem
problem-too-many = enthält mehr als { $max } Einträge
problem-unknown-name = unbekannter Name {"{"}{ $name }{"}"}; bekannt sind: { $known }
problem-in-item = Punkt { $item }, { $field }: { $problem }
problem-template-needs-planned-session = eine Vorlage gilt nur für ein geplantes Treffen
problem-delete-forever-needs-trash = nur ein Eintrag im Papierkorb kann endgültig gelöscht werden
problem-passphrase-no-key = lässt sich nicht in einen Schlüssel umwandeln
problem-encrypted-already = ist schon verschlüsselt
problem-not-encrypted = ist nicht verschlüsselt
problem-in-memory = liegt nur im Arbeitsspeicher
problem-no-partner-folder = ist mit keinem Partnerordner verbunden
problem-no-history = dieses Feld hat keinen Verlauf
problem-no-such-version = diese Version gibt es nicht
problem-demo-needs-empty-journal = die Demo kommt in ein neues, leeres Journal; dieses enthält schon Einträge
problem-needs-start-and-end = braucht einen Anfang und ein Ende
problem-cannot-be-written = kann nicht geschrieben werden
problem-feedback-empty = gib eine Einschätzung, oder schreib, was gut lief oder was besser werden kann
problem-too-many-topics = höchstens 200 Themen
problem-other-partnership-agreement = ist eine Version der Vereinbarung eines anderen Tandems
problem-agreement-empty = schreib die Vereinbarung, bevor du sie annimmst
problem-agreement-adopted-already = diese Version ist schon angenommen; ändere den Entwurf, um eine neue anzunehmen
problem-not-partner-version = ist keine Version, die dein Tandempartner angenommen hat
problem-needs-extension = braucht eine Dateiendung wie .html (JSON und CSV kommen daneben)
problem-not-a-did-key = ist kein Ed25519-did:key
problem-not-a-fingerprint = ist kein Fingerabdruck eines Schlüssels (acht Gruppen aus je vier Buchstaben und Ziffern)
problem-own-key = ist der eigene Schlüssel dieses Journals, nicht der deines Tandempartners
problem-not-a-credential = ist kein Open-Badges-Nachweis
problem-not-the-credential-id = ist nicht die ID, die der Nachweis trägt
problem-signed-only-gains-signatures = bekommt weitere Signaturen erst, wenn er signiert ist
problem-not-a-candidate = nennt einen Punkt, der nicht unter den Vorschlägen des Entwurfs ist
problem-not-json = ist kein JSON
problem-signed-already = ist schon von dir signiert
problem-change-layout = der Aufbau eines Eintrags passt nicht zu seinem Typ
problem-change-id = die ID eines Eintrags passt nicht zu seiner Änderung
problem-signature-broken-not-countersigned = hat eine beschädigte oder fehlende Signatur; er wurde nicht gegengezeichnet
problem-signer-not-confirmed = ist mit einem Schlüssel signiert, der nicht als der deines Tandempartners bestätigt ist: Vergleiche die Fingerabdrücke und bestätige zuerst den Schlüssel
problem-no-partner-signature = hat keine gültige Signatur eines anderen Schlüssels als deines
problem-several-signers = ist mit mehr als einem anderen Schlüssel signiert: Bestätige stattdessen den Fingerabdruck
problem-signature-broken-no-certificate = hat eine beschädigte oder fehlende Signatur; es wurde keine Urkunde erstellt
error-last-journal-gone = Das Journal, das du zuletzt geöffnet hattest, { $path }, ist nicht mehr da (verschoben, gelöscht oder auf einem Datenträger, der nicht verbunden ist), deshalb wurde dein Standard-Journal geöffnet. Unter Einstellungen → Anderes Journal öffnen… öffnest du es wieder dort, wo es jetzt liegt.
error-pack-argument-not-a-pack = { $path } ist kein Twoway-Paket: Twoway öffnet Dateien mit der Endung .twowaypack oder .json (die Befehle zeigt `twoway --help`)
error-pack-argument-not-a-file = Das Paket { $path } lässt sich nicht öffnen: Es ist keine Datei
error-pack-argument-missing = Das Paket { $path } lässt sich nicht öffnen: Diese Datei gibt es nicht
error-pack-argument-unreadable = Das Paket { $path } lässt sich nicht öffnen: { $source }
error-journal-still-opening = Das Journal wird noch geöffnet
error-journal-opening-failed = Das Journal ließ sich nicht öffnen
error-nothing-to-unlock = Kein Journal wartet darauf, entsperrt zu werden
error-no-journal-open = Es ist kein Journal geöffnet: { $reason }
error-settings-folder-not-made = { $folder } lässt sich nicht anlegen: { $source }
error-start-at-login-unchanged = Der Start bei der Anmeldung ließ sich nicht ändern: { $source }
