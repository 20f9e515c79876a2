### Twoways Wörter auf Deutsch. Dieselben Nachrichten wie en.ftl, in derselben Reihenfolge.
###
### Anrede: „du“ (persönliches Tagebuch). Begriffe: Partnerschaft, Sitzung, Ziel,
### Fähigkeit, Lernnotiz, Rückmeldung, Vereinbarung, Aktionspunkt, Tagesordnung, Papierkorb,
### Paket (ein Twoway-Paket zum Austausch), Tagebuch (das Journal).

## Common: words every view uses

common-save = Speichern
common-cancel = Abbrechen
common-close = Schließen
common-delete = Löschen
common-undo = Rückgängig
common-edit = Bearbeiten
common-add = Hinzufügen
common-remove = Entfernen
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
learning-your-partner = dein Gegenüber
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
search-kind-partnership = Tandem
search-kind-goal = Ziel
search-kind-goal-check-in = Check-in
search-kind-session = Treffen
search-kind-agenda-item = Agendapunkt
search-kind-action-item = Aufgabe
search-kind-skill = Kompetenz
search-kind-skill-rating = Einschätzung
search-kind-learning = Erkenntnis
search-kind-feedback = Feedback
search-kind-agreement-version = Version der Vereinbarung
search-kind-record-of-learning = Lernnachweis
search-kind-agenda-template = Agendavorlage
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
search-context-goal = Ziel
search-context-skill = Kompetenz
search-context-session = Treffen
search-hit-context = { $context }: { $label }
trash-kind-partnership = Tandem
trash-kind-goal = Ziel
trash-kind-goal-check-in = Check-in
trash-kind-session = Treffen
trash-kind-agenda-item = Agendapunkt
trash-kind-action-item = Aufgabe
trash-kind-skill = Kompetenz
trash-kind-skill-rating = Einschätzung
trash-kind-learning = Erkenntnis
trash-kind-feedback = Feedback
trash-kind-agreement-version = Version der Vereinbarung
trash-kind-record-of-learning = Lernnachweis
trash-kind-agenda-template = Agendavorlage
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

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
