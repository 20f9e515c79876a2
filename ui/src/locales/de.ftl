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

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

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

## Errors (written by the shell)
