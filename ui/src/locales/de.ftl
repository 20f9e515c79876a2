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
feedback-went-well-placeholder-given = Was { $partner } getan hat, das dir geholfen hat
feedback-went-well-placeholder-received = Was laut { $partner } gut funktioniert hat
feedback-history-went-well = Feedback „Was gut lief“
feedback-history-to-improve = Feedback „Was besser werden kann“
feedback-markdown-hint = Markdown geht: **fett**, *kursiv*, - Listen.
feedback-to-improve-placeholder-given = Eine Sache, die beim nächsten Mal besser gehen kann
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
agreement-state-not-adopted = Wenn ihr euch beide einig seid, nimm diese Version an: Twoway bewahrt sie so, wie sie heute ist, und das Paket von { $partner } kann zeigen, dass auch { $partner } sie angenommen hat.
agreement-badge-agreed = Von beiden vereinbart
agreement-state-agreed = Du hast diese Version am { $date } angenommen, { $partner } ebenfalls.
agreement-badge-changed = Geändert
agreement-state-changed = Der Entwurf weicht von der Version ab, die du am { $date } angenommen hast. Nimm ihn an, wenn ihr euch beide einig seid.
agreement-badge-mine = Von dir angenommen
agreement-state-mine = Am { $date }. Schick { $partner } ein Paket: Wenn das Paket von { $partner } zeigt, dass dieselben Wörter angenommen wurden, gilt die Version als von beiden vereinbart.
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

## Sessions, learning log, search and trash

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
