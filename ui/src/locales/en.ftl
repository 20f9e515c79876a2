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
