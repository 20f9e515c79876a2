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

care-diff-added = [added: { $text }]
care-diff-removed = [removed: { $text }]
care-history-button = History
care-history-label = History of the { $name }
care-history-tooltip = Earlier versions of the { $name }
care-history-restored = Restored the { $name } of { $date }. The text it replaced is kept in the history.
care-history-unsaved = Your latest change here is not saved: { $problem } Restoring is off until it is saved, so that it is not lost.
care-history-load-failed = The history could not be read: { $problem }
care-history-reading = Reading the history…
care-history-empty-title = No earlier versions yet
care-history-empty = When you change the { $name }, the text you replace is kept here: at most one version every ten minutes while you type, then one a day after a day, and one a week after a month. Versions stay in this journal; they are never exported.
care-history-versions = Earlier versions, newest first
care-history-excerpt-empty = (empty)
care-history-compare-title = From { $date } to now
care-history-changes = Changes
# { $added } is care-history-legend-added, underlined; { $removed } is care-history-legend-removed, struck through.
care-history-legend = Since this version, { $added } were added and { $removed } were removed.
care-history-legend-added = underlined words
care-history-legend-removed = struck-through words
care-history-legend-restore = Restoring it brings back its text as it was.
care-history-compare-failed = The versions could not be compared: { $problem }
care-history-comparing = Comparing…
care-history-same = This version is the same as the current text.
care-history-diff-label = The text, word by word
care-history-restore-failed = This version was not restored: { $problem }
care-history-restoring = Restoring…
care-history-restore = Restore this version
care-read-only-title = This journal is read-only.
# { $file } is the journal's file name.
care-read-only-why = Twoway cannot write to { $file } or to the disk it is on (read-only media, or no permission to write there), so it opened the journal for reading only.
care-read-only-works = Reading, search and export work as usual; changing anything is switched off, and nothing is backed up automatically.
# { $settings } is care-read-only-settings, a link to the settings.
care-read-only-how = To make changes, copy the file to a folder you can write to and open the copy from { $settings }.
care-read-only-settings = Settings
care-start-notice-dismiss = Dismiss

## Sharing, recognition, the sidebar, dialogs and the app frame

## Menus, tray and reminders (written by the shell)

## Exports and printable documents (written by the shell)

## Errors (written by the shell)
