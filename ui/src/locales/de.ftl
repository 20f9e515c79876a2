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
kind-partnership = Tandem
kind-partnership-title = Tandem
kind-goal = Ziel
kind-goal-title = Ziel
kind-goal-check-in = Check-in
kind-goal-check-in-title = Check-in
kind-session = Treffen
kind-session-title = Treffen
kind-agenda-item = Agendapunkt
kind-agenda-item-title = Agendapunkt
kind-action-item = Aufgabe
kind-action-item-title = Aufgabe
kind-skill = Kompetenz
kind-skill-title = Kompetenz
kind-skill-rating = Einschätzung
kind-skill-rating-title = Einschätzung
kind-learning = Erkenntnis
kind-learning-title = Erkenntnis
kind-feedback = Feedback
kind-feedback-title = Feedback
kind-agreement-version = Vereinbarungsversion
kind-agreement-version-title = Vereinbarungsversion
kind-record-of-learning = Lernnachweis
kind-record-of-learning-title = Lernnachweis
kind-agenda-template = Agendavorlage
kind-agenda-template-title = Agendavorlage
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
