### Twoway's words in English, the catalogue every other language is checked against.
###
### One message per sentence a person reads, grouped by where it is shown. Ids start with their
### area (home-, session-, export-…) so each area's messages stay together. A count is passed
### as a number and chooses its plural form:
###
###   sessions-count = { $count ->
###       [one] { $count } session
###      *[other] { $count } sessions
###   }

## Common: words every view uses

common-save = Save
common-cancel = Cancel
common-close = Close
common-delete = Delete
common-undo = Undo
common-edit = Edit
common-add = Add
common-remove = Remove
common-back = Back
common-done = Done
common-loading = Loading…
common-try-again = Try again
common-restore = Restore
count-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}

## Partnership, goals, skills, templates and feedback

## Sessions, learning log, search and trash

## Home, settings, journal care and unlock

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)

error-invalid = { $field }: { $problem }
error-not-found = no { $kind } with id { $id }
error-trashed = the { $kind } { $id } is in the trash
error-not-a-journal = { $path } is not a Twoway journal; it was left as it is
error-corrupt = { $path } is damaged ({ $detail }); it was left as it is
error-corrupt-copy-integrity = the copy failed its integrity check: { $problem }
error-corrupt-converted-copy = the converted copy did not check out ({ $problem }); the journal was left as it is
error-corrupt-records-of = { $found } records of { $expected }
error-too-new = { $path } was written by a newer Twoway (schema { $found }; this version reads up to { $supported }); it was left as it is
error-exists = { $path } already exists; it was not replaced
error-disk-full = the disk holding { $folder } is full; nothing was changed
error-read-only = { $folder } cannot be written (it is read-only, or you may not write there); nothing was changed
error-io = { $context }: { $source }
error-context-read = cannot read { $path }
error-context-write = cannot write { $path }
error-context-remove = cannot remove { $path }
error-context-open = cannot open { $path }
error-context-create-folder = cannot create the folder { $path }
error-context-seal-file = cannot seal a file
error-context-no-randomness = the system gave no random bytes
error-context-seal-key = cannot seal the journal's key
error-context-write-keys = cannot write the keys file
error-context-write-converted-journal = cannot write the converted journal
error-context-convert-a-backup = cannot convert a backup
error-context-write-pack = cannot write the pack
error-context-convert-backup = cannot convert the backup
error-context-write-change-file = cannot write a change file
error-context-write-device-file = cannot write device.json
error-context-write-change = cannot write a change
error-context-note-sync = cannot note the sync
error-in-synced-folder = { $path } is inside { $folder }, a folder { $tool } keeps in sync: it would copy the journal while it is being written and could damage it. Keep the journal in a folder that is not synced; put exports and backups in the synced folder instead
error-locked = { $path } is encrypted: it opens with its passphrase or its recovery key
error-in-use = { $path } is open in another Twoway window or command; close it and try again; nothing was changed
error-sync-off = sync is off for this journal: choose a sync folder first
error-sync-folder-holds-journal = { $folder } holds the journal itself; choose a folder of its own for sync (the journal never lives in it)
error-sync-folder-encrypted = the devices syncing through { $folder } keep an encrypted journal: encrypt this journal too, then choose the folder again with their passphrase or recovery key
error-sync-folder-plain = other devices write plain change files in { $folder }: an encrypted journal syncs only with encrypted ones; choose a new, empty folder
error-sync-needs-secret = the change files in { $folder } are encrypted: give the passphrase or recovery key of the journal that started syncing there
error-sync-on = turn sync off first: the change files already in the sync folder stay as they were written; afterwards choose a new, empty sync folder
error-sync-waiting = a change file waits for records it links to; it is applied once they arrive
error-cancelled = stopped before anything was changed
error-wrong-secret = that passphrase or recovery key does not open this journal; nothing was changed
error-not-a-report = not a Twoway programme report: { $detail }
error-report-in-file = { $path } ({ $detail })
error-report-at = line { $line }, column { $column }
error-report-no-format = it has no "format": "{ $format }"
error-report-version = it is version { $found }; this Twoway reads version { $supported }
error-report-no-version = it has no version
error-database = database error: { $source }
error-migration = migration failed: { $source }
error-pack-truncated = the pack is cut short (it ends at line { $line }, column { $column }); nothing was imported
error-pack-not-json = the pack is not valid JSON (line { $line }, column { $column }); nothing was imported
error-pack-wrong-format = the file is not a Twoway pack; nothing was imported
error-pack-too-new = the pack was written by a newer Twoway (pack version { $found }; this version reads up to { $supported }); nothing was imported
error-pack-malformed = the pack is damaged at { $at }: { $problem }; nothing was imported
error-pack-duplicate-id = the id { $id } appears more than once in the pack; nothing was imported
error-pack-invalid = the { $kind } { $id } in the pack is refused ({ $field }: { $problem }); nothing was imported
error-pack-partnership-count = a partner's pack must hold exactly one partnership, this one holds { $count }; nothing was imported
error-pack-no-target-partnership = choose the partnership your partner's pack belongs to; nothing was imported
error-pack-partner-pack-not-shared = a partner's pack must be a shared export; this one includes private content, so nothing was imported
error-pack-top-level = the top level
error-pack-problem-version = must be a whole number from 1
error-pack-problem-unknown-key = holds a key the pack layout does not define
error-pack-problem-missing-key = lacks a key the pack layout requires
error-pack-problem-missing = is missing
error-pack-problem-not-a-list = must be a list of records
error-pack-problem-lacks-key = lacks the key { $key }
error-pack-problem-unknown-value = holds a value outside its list ({ $expected })
error-pack-problem-wrong-type = holds a value of the wrong type or range ({ $expected })
error-pack-problem-not-a-uuid = holds an id that is not a UUID
error-pack-problem-unreadable-value = holds a value that cannot be read (a date, time or number)
problem-empty = must not be empty
problem-too-long = is longer than { $max } bytes
problem-out-of-range = must be between { $min } and { $max }
problem-before = must not be before { $other }
problem-too-short = must have at least { $min } characters
problem-line-break = must not contain a line break
problem-unknown-parent = no { $kind } with id { $id }
problem-trashed-parent = the { $kind } { $id } is in the trash
problem-immutable = cannot change once the record exists
problem-other-partnership = does not belong to the same partnership
problem-too-many = holds more than { $max } entries
problem-unknown-name = unknown name {"{"}{ $name }{"}"}; known: { $known }
problem-in-item = item { $item }'s { $field }: { $problem }
problem-template-needs-planned-session = a template applies to a planned session only
problem-delete-forever-needs-trash = only a record in the trash can be deleted forever
problem-passphrase-no-key = cannot be turned into a key
problem-encrypted-already = is encrypted already
problem-not-encrypted = is not encrypted
problem-in-memory = lives in memory
problem-no-partner-folder = is not linked to a partner folder
problem-no-history = this field keeps no history
problem-no-such-version = there is no such version
problem-demo-needs-empty-journal = the demo goes into a new, empty journal; this one holds records
problem-needs-start-and-end = needs both a start and an end
problem-cannot-be-written = cannot be written
problem-feedback-empty = give a rating, or say what went well or what to improve
problem-too-many-topics = at most 200 topics
problem-other-partnership-agreement = is a version of another partnership's agreement
problem-agreement-empty = write the agreement before adopting it
problem-agreement-adopted-already = this version is already adopted; change the draft to adopt a new one
problem-not-partner-version = is not a version your partner adopted
problem-needs-extension = needs an extension such as .html (the JSON and CSV go beside it)
problem-not-a-did-key = is not an Ed25519 did:key
problem-not-a-fingerprint = is not a key fingerprint (eight groups of four letters and digits)
problem-own-key = is this journal's own key, not the partner's
problem-not-a-credential = is not an Open Badges credential
problem-not-the-credential-id = is not the id the credential carries
problem-signed-only-gains-signatures = may only gain signatures once it is signed
problem-not-a-candidate = names an item that is not among the draft's candidates
problem-not-json = is not JSON
problem-signed-already = is signed by you already
problem-change-layout = a record's layout is not its kind's
problem-change-id = a record's id is not its change's
problem-signature-broken-not-countersigned = has a broken or missing signature; it was not countersigned
problem-signer-not-confirmed = is signed by a key not confirmed as this partnership's partner: compare fingerprints and confirm the key first
problem-no-partner-signature = holds no valid signature by a key other than yours
problem-several-signers = is signed by more than one other key: confirm the fingerprint instead
problem-signature-broken-no-certificate = has a broken or missing signature; no certificate was made
kind-partnership = partnership
kind-partnership-title = Partnership
kind-goal = goal
kind-goal-title = Goal
kind-goal-check-in = goal_check_in
kind-goal-check-in-title = Check-in
kind-session = session
kind-session-title = Session
kind-agenda-item = agenda_item
kind-agenda-item-title = Agenda item
kind-action-item = action_item
kind-action-item-title = Action item
kind-skill = skill
kind-skill-title = Skill
kind-skill-rating = skill_rating
kind-skill-rating-title = Rating
kind-learning = learning
kind-learning-title = Learning
kind-feedback = feedback
kind-feedback-title = Feedback
kind-agreement-version = agreement_version
kind-agreement-version-title = Agreement version
kind-record-of-learning = record_of_learning
kind-record-of-learning-title = Record of learning
kind-agenda-template = agenda_template
kind-agenda-template-title = Agenda template
error-last-journal-gone = The journal you had open last, { $path }, is not there any more (moved, deleted, or on a disk that is not connected), so your default journal opened instead. Settings → Open another journal… opens it again from where it is now.
error-pack-argument-not-a-pack = { $path } is not a Twoway pack: Twoway opens files ending in .twowaypack or .json (see `twoway --help` for its commands)
error-pack-argument-not-a-file = cannot open the pack { $path }: it is not a file
error-pack-argument-missing = cannot open the pack { $path }: there is no such file
error-pack-argument-unreadable = cannot open the pack { $path }: { $source }
error-journal-still-opening = the journal is still opening
error-journal-opening-failed = opening the journal failed
error-nothing-to-unlock = No journal is waiting to be unlocked
error-no-journal-open = No journal is open: { $reason }
error-settings-folder-not-made = { $folder } cannot be made: { $source }
error-start-at-login-unchanged = Starting at login could not be changed: { $source }
