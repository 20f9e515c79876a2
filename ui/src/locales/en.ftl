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
export-me = Me
export-partner = Partner
export-untitled = (untitled)
export-journal-title = Twoway journal
export-journal-title-named = Twoway journal — { $name }
export-file-partnership = Twoway with { $partner }
export-not-in-export = Not in this export.
export-missing-partnership = Partnership
export-missing-session = Session
export-label-name = Name
export-label-role = Role
export-label-partnerships = Partnerships
export-partnerships-none = none
export-label-partner = Partner
export-label-learns = { $name } learns
export-label-teaches = { $name } teaches
export-label-status = Status
export-label-dates = Dates
export-dates-range = { $from } to { $to }
export-dates-since = since { $from }
export-label-cadence = Cadence
export-every-day = { $count ->
    [one] every day
   *[other] every { $count } days
}
export-every-week = { $count ->
    [one] every week
   *[other] every { $count } weeks
}
export-every-month = { $count ->
    [one] every month
   *[other] every { $count } months
}
export-status-active = active
export-status-paused = paused
export-status-completed = completed
export-status-open = open
export-status-in-progress = in progress
export-status-achieved = achieved
export-status-dropped = dropped
export-status-planned = planned
export-status-held = held
export-status-cancelled = cancelled
export-heading-agreement = Agreement
export-agreement-adopted = Adopted by { $me } on { $date }.
export-agreement-adopted-by-both = Adopted by { $me } on { $date } and by { $partner } on { $partner-date }.
export-agreement-changed-since = The text above has changed since.
export-agreement-revisit = To revisit on { $date }.
export-heading-goals = Goals
export-heading-sessions = Sessions
export-heading-action-items = Action items
export-heading-skills = Skills
export-heading-learnings = Learnings
export-heading-feedback = Feedback
export-heading-learnings-without-partnership = Learnings without a partnership
export-heading-skills-without-partnership = Skills without a partnership
export-feedback-given-by = Given by { $name }
export-feedback-received-from = Received from { $name }
export-label-direction = Direction
export-goal-learns-from = { $me } learns from { $partner }
export-goal-teaches = { $me } teaches { $partner }
export-label-progress = Progress
export-label-target = Target
export-label-visibility = Visibility
export-private = private
export-label-description = Description
export-label-success-criteria = Success criteria
export-heading-check-ins = Check-ins
export-label-partnership = Partnership
export-partnership-pair = { $me } and { $partner }
export-label-when = When
export-label-where = Where
export-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
export-minutes-short = { $count } min
export-heading-agenda = Agenda
export-agenda-empty = No agenda items yet.
export-agenda-time-boxed = Time-boxed: { $planned } of { $duration } minutes.
export-agenda-time-boxed-free = Time-boxed: { $planned } of { $duration } minutes ({ $free ->
    [one] { $free } minute
   *[other] { $free } minutes
} free).
export-agenda-time-boxed-over = Time-boxed: { $planned } of { $duration } minutes ({ $over ->
    [one] { $over } minute
   *[other] { $over } minutes
} over).
export-agenda-covered = { $covered } of { $count } items covered.
export-carried-over = carried over
export-carried-over-from = carried over from { $date }
export-agenda-goal = goal: { $goal }
export-heading-open-action-items = Open action items
export-heading-shared-notes = Shared notes
export-heading-private-notes = Private notes
export-heading-actions-agreed = Actions agreed
export-action-due = due { $date }
export-action-done = done { $date }
export-action-from = from { $session }
export-entry-session = session: { $session }
export-entry-from = from { $name }
export-learning-skill = skill: { $skill }
export-feedback-rating = rating { $rating }/5
export-feedback-went-well = Went well
export-feedback-to-improve = To improve
export-label-category = Category
export-skill-learns = { $me } learns
export-skill-teaches = { $me } teaches
export-label-rated-by = Rated by { $name }
export-rating-change = { $first } → { $last } ({ $change }; { $from } to { $to }, { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
})
export-heading-ratings = Ratings
export-html-shared = Shared export: private notes, goals, learnings and feedback are not included.
export-html-personal = Personal export: everything, private notes included.
export-html-exported = Exported { $at } (UTC).
export-calendar-me = me
export-calendar-partner = partner
export-calendar-session = { $title } (with { $partner })
export-calendar-revisit = Revisit the agreement with { $partner }
export-calendar-agenda = Agenda
export-calendar-agenda-time-boxed = Agenda: { $planned } of { $duration } min
export-calendar-covered = covered
export-calendar-rhythm = Reverse mentoring with { $partner } ({ $every })
export-calendar-rhythm-description = The rhythm of the partnership with { $partner }: { $every }. These are placeholders after the last session in the journal; planned sessions are events of their own.
export-calendar-owner = Owner: { $name }
export-calendar-partnership = Partnership: { $partner }
export-calendar-agreed-in = Agreed in: { $session } ({ $date })
certificate-kicker = Record of learning
certificate-pair = { $issuer } and { $partner }
certificate-period-whole = The whole partnership
certificate-period-since = Since { $from }
certificate-period-until = Until { $to }
certificate-period-range = From { $from } to { $to }
certificate-subtitle = Reverse mentoring · { $period }
certificate-facts = { $sessions } sessions held · { $hours } hours together
certificate-hours-decimal = { $whole }.{ $tenths }
certificate-learned = What { $name } learned
certificate-nothing-listed = Nothing listed.
certificate-rated-by = rated by { $name }: { $first } → { $latest } of 5
certificate-goal-achieved = Goal achieved: { $goal }
certificate-statements = In their words
certificate-statement-by = { $signer } about { $about }
certificate-signatures = Signatures
certificate-signed-by = Signed by
certificate-key-fingerprint = Key fingerprint
certificate-signed = Signed
certificate-checked-here = Checked here
certificate-signature-broken = broken signature
certificate-signature-valid = valid
certificate-key-own = your own key
certificate-key-confirmed = key confirmed on { $date }
certificate-key-unconfirmed = key not confirmed
certificate-code-whole = The code holds the whole signed record.
certificate-code-hash = The record is too large for one code: the code holds its id and the SHA-256 of its canonical JSON.
certificate-record = Record { $id }
certificate-digest = SHA-256 (canonical JSON, RFC 8785): { $digest }
certificate-signed-as = Signed as a W3C Verifiable Credential (Open Badges 3.0) with Data Integrity proofs, eddsa-jcs-2022.
certificate-check-with = Check the file with { $command }.
certificate-qr-label = QR code

## Errors (written by the shell)
