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

common-cancel = Cancel
common-close = Close
common-delete = Delete
common-undo = Undo
common-edit = Edit
common-add = Add
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

template-first-session-name = First session
template-first-session-summary = Getting to know each other: expectations and ground rules.
template-first-session-item-1 = Introductions: who { $my_first_name } and { $partner_first_name } are, and what each brings
template-first-session-item-2 = Expectations: what each of us wants from the partnership
template-first-session-item-3 = Ground rules: confidentiality, boundaries, how we give each other feedback
template-first-session-item-4 = How often and where we meet
template-first-session-item-5 = First goals to work on
template-first-session-item-6 = Next steps
template-regular-session-name = Regular session
template-regular-session-summary = Check-in, last time's actions, a topic, practice, next steps.
template-regular-session-item-1 = Check-in: how are things since last time?
template-regular-session-item-2 = Last time's actions ({ $open_actions } open)
template-regular-session-item-3 = Topic of session { $session_number }
template-regular-session-item-4 = Practice: try it out together
template-regular-session-item-5 = Next steps and actions
template-goal-review-name = Goal review
template-goal-review-summary = Where the goals stand, and which to keep, change or drop.
template-goal-review-item-1 = Where we stand on { $goal_titles }
template-goal-review-item-2 = What moved since we set them, and what did not
template-goal-review-item-3 = Keep, change or drop each goal
template-goal-review-item-4 = Next steps
template-closing-session-name = Closing session
template-closing-session-summary = What each of us learned, and what continues.
template-closing-session-item-1 = What { $partner_first_name } learned
template-closing-session-item-2 = What { $my_first_name } learned
template-closing-session-item-3 = What continues after the partnership
template-closing-session-item-4 = Thanks and feedback both ways
agreement-section-goals = Our goals
agreement-section-ground-rules = Ground rules
agreement-section-confidentiality = Confidentiality
agreement-section-boundaries = Boundaries and topics off limits
agreement-section-rhythm = How often and how long we meet
agreement-section-feedback = How we give feedback
agreement-section-timeframe = Timeframe and how we end

feedback-add-title = Add feedback
feedback-not-saved = Not saved: { $error }
feedback-save-keys = Ctrl+Enter to save
feedback-save = Save feedback
feedback-given-to = Given to { $partner }
feedback-from = From { $partner }
feedback-delete-label = Delete this feedback
# Before a link to the session the feedback is about; $session is its title.
feedback-about-session = About { $session }
# The link's text when the session has no title, in “About a session”.
feedback-session-untitled = a session
feedback-went-well = What went well
feedback-to-improve = What to improve
feedback-which-way = Which way
feedback-author-me = I gave it to { $partner }
feedback-author-partner = { $partner } gave it to me
feedback-date = Date
feedback-session = About the session
feedback-no-session = No particular session
feedback-rating = Rating (optional)
feedback-went-well-placeholder-given = What { $partner } did that helped
feedback-went-well-placeholder-received = What { $partner } said worked for them
# The field's name in the version history (“History of the feedback “What went well””).
feedback-history-went-well = feedback “What went well”
feedback-history-to-improve = feedback “What to improve”
feedback-markdown-hint = Markdown works: **bold**, *italic*, - lists.
feedback-to-improve-placeholder-given = One thing to try next time
feedback-to-improve-placeholder-received = What they would like you to change
feedback-who-may-see = Who may see it
feedback-only-me = Only me
feedback-shared-with = Shared with { $partner }
feedback-visibility-hint-given = Feedback you give is meant for { $partner }, so it starts shared: it goes into exports for { $partner }.
feedback-visibility-hint-received = Your notes on what { $partner } told you start private: they stay on this computer unless you share them.
# A session without a title in the list of sessions to pick (“Session · 2 Mar 2026”).
feedback-session-title-fallback = Session
feedback-rating-none = No rating
feedback-rating-poor = Poor
feedback-rating-fair = Fair
feedback-rating-good = Good
feedback-rating-very-good = Very good
feedback-rating-excellent = Excellent
# Stars read out by a screen reader; $rating may be an average (“4.3”).
feedback-stars = { $rating } of 5
partnership-action-not-updated = Could not update the action: { $error }
# Who does an action item: the person using Twoway (the other choice is the partner's name).
partnership-action-owner-me = Me
partnership-action-done-on = Done { $date }
# $date is a date, $relative says how far it is (“in 3 days”, “yesterday”).
partnership-action-overdue-on = Overdue: { $date } ({ $relative })
partnership-action-due-on = Due { $date } ({ $relative })
partnership-action-no-due-date = No due date
# A link to the session an action item came from; $session is its title.
partnership-action-from-session = from “{ $session }”
partnership-action-delete-label = Delete action: { $action }
partnership-actions-heading = Action items
partnership-actions-open = { $count ->
    [one] { $count } open
   *[other] { $count } open
}
# $overdue is the number overdue, marked red: the message partnership-actions-overdue.
partnership-actions-open-overdue = { $count ->
    [one] { $count } open, { $overdue }
   *[other] { $count } open, { $overdue }
}
partnership-actions-overdue = { $count ->
    [one] { $count } overdue
   *[other] { $count } overdue
}
partnership-actions-not-loaded = Could not load the action items: { $error }
partnership-actions-empty = No action items yet. Add what either of you promised to do before the next session.
partnership-actions-all-done = Everything is done. Add the next thing either of you will do.
partnership-action-add-label = Add an action item
partnership-action-new = New action
partnership-action-new-placeholder = e.g. Share the draft post before Friday
partnership-action-owner = Who
partnership-action-due = Due
# After a field's label.
partnership-optional = (optional)
partnership-action-add = Add action
partnership-actions-done-count = Done ({ $count })
goal-add-title = Add a goal
goal-title = Goal
goal-title-placeholder-learn = e.g. Post on LinkedIn twice a month
goal-title-placeholder-teach = e.g. { $partner } can present a budget to the board
goal-which-way = Which way
goal-direction-learn = I learn
goal-direction-teach = I teach
# After “I learn”, in bold.
goal-direction-learn-hint = — something { $partner } teaches me
# After “I teach”, in bold.
goal-direction-teach-hint = — something { $partner } learns from me
goal-target-date = Target date
goal-who-may-see = Who may see it
goal-visibility-shared = Shared with { $partner }
goal-visibility-private = Only me (private)
goal-add = Add goal
agreement-version-name-mine = Your version { $number }, adopted { $date }
agreement-version-name-theirs = { $partner }'s version { $number }, adopted { $date }
# $removed is “struck-through words”, struck through; $added is “underlined words”, underlined.
agreement-compare-legend = On the left, { $removed } are gone from the later text; on the right, { $added } are new in it.
agreement-compare-legend-removed = struck-through words
agreement-compare-legend-added = underlined words
# $from (struck through) and $to (underlined) are dates, or “no date”.
agreement-compare-revisit = Revisit date: { $from } → { $to }
agreement-revisit-none = no date
agreement-compare-draft = The draft, as it is now
agreement-compare-title = Compare versions of the agreement
agreement-compare-earlier = Earlier
agreement-compare-later = Later
agreement-compare-failed = The versions could not be compared: { $error }
agreement-comparing = Comparing…
agreement-compare-same = These two hold the same words.
agreement-draft-not-saved = The draft is not saved yet, so it was not adopted: { $error }
agreement-adopted-draft = Adopted: this version is kept as it is today.
agreement-adopted-theirs = Adopted { $partner }'s version: you both agreed to it.
agreement-version-adopted-mine = You adopted it { $date }
agreement-version-adopted-theirs = { $partner } adopted it { $date }
# After who adopted a version and when (“You adopted it 2 Mar 2026 · revisit 1 Sept 2026”).
agreement-version-revisit = revisit { $date }
agreement-badge-not-adopted = Not adopted yet
agreement-state-not-adopted = When you both agree on it, adopt this version: Twoway keeps it as it stands today, and { $partner }'s pack can show that they adopted it too.
agreement-badge-agreed = Agreed by both
agreement-state-agreed = You adopted this version on { $date }, and so did { $partner }.
agreement-badge-changed = Changed
agreement-state-changed = The draft differs from the version you adopted on { $date }. Adopt it when you both agree.
agreement-badge-mine = Adopted by you
agreement-state-mine = On { $date }. Send { $partner } a pack: when theirs says they adopted the same words, it shows as agreed by both.
agreement-badge-theirs = { $partner }'s version
agreement-state-theirs = { $partner } adopted a different version on { $date }.
agreement-compare-with-yours = Compare with yours
agreement-compare-with-draft = Compare with the draft
agreement-badge-revisit = Time to revisit
agreement-state-revisit = The version in force asked to look at it again on { $date }.
agreement-adopt = Adopt this version
agreement-adopt-theirs = Adopt { $partner }'s version
agreement-changed-since = What changed since { $date }
agreement-sections-suggested = Sections mentoring guides suggest, if you want them:
agreement-versions-count = Adopted versions ({ $count })
agreement-version-owner-mine = Yours · version { $number }
agreement-version-owner-theirs = { $partner }'s · version { $number }
agreement-badge-same-as-draft = Same as the draft
agreement-versions-not-read = The agreement's versions could not be read: { $error }
# $progress is the percentage in bold: the message goal-percent.
goal-progress-set-by = { $progress } — set by the latest check-in.
goal-percent = { $progress }%
goal-check-in-added = Check-in added.
goal-check-in-not-updated = Could not update the check-in: { $error }
goal-direction-learn-from = I learn (from { $partner })
goal-direction-teach-to = I teach ({ $partner } learns)
goal-status = Status
goal-description = What it is about
goal-description-placeholder = Why this matters, and where you start from…
# The field's name in the version history (“History of the goal’s description”).
goal-history-description = goal’s description
goal-success-criteria = How we'll know it's done
goal-success-criteria-placeholder = - Something you can see or count…
goal-history-success-criteria = success criteria
goal-progress = Progress
goal-progress-so-far = Progress so far (%)
goal-progress-slider = Progress (slider)
goal-progress-manual-hint = Set it here until the first check-in; from then on, check-ins set it.
goal-check-ins-label = Check-ins, oldest first
goal-check-in-delete-label = Delete check-in of { $date }
goal-check-in-delete = Delete check-in
goal-check-ins-not-loaded = Could not load the check-ins: { $error }
goal-check-in-add-heading = Add a check-in
goal-check-in-date = Date
goal-check-in-progress = Progress (%)
goal-check-in-note = Note
goal-check-in-note-optional = (optional, Markdown)
goal-check-in-note-placeholder = What moved since last time?
goal-check-in-add = Add check-in
goal-delete = Delete goal
partnership-status-active = Active
partnership-status-paused = Paused
partnership-status-completed = Completed
goal-status-open = Not started
goal-status-in-progress = In progress
goal-status-achieved = Achieved
goal-status-dropped = Dropped
partnership-session-status-planned = Planned
partnership-session-status-held = Held
partnership-session-status-cancelled = Cancelled
# How often a pair meets: on its home card, and after “meeting” or “We meet”.
cadence-days = { $count ->
    [one] daily
   *[other] every { $count } days
}
cadence-weeks = { $count ->
    [one] weekly
   *[other] every { $count } weeks
}
cadence-months = { $count ->
    [one] monthly
   *[other] every { $count } months
}
# The agreement's starting text, in Markdown: headings and the points under them.
agreement-template-ground-rules = Ground rules
# $cadence: “every 2 weeks”, “weekly”…
agreement-template-rhythm = We meet { $cadence }; either of us can move a session with a day's notice.
agreement-template-rhythm-open = We agree how often we meet, and either of us can move a session with a day's notice.
agreement-template-both-ways = Both of us teach and both of us learn: each session gives time to both directions.
agreement-template-one-question = We come with one question, or one thing we tried since last time.
agreement-template-confidentiality = Confidentiality
agreement-template-stays-between-us = What we discuss stays between us unless we both agree to share it.
agreement-template-no-reviews = Nothing said here feeds into performance reviews or promotion decisions.
agreement-template-boundaries = Boundaries
agreement-template-rather-not = Either of us can say "I'd rather not go there" without explaining why.
agreement-template-off-limits = We name the topics that are off limits (for example colleagues' pay or pending reorganisations) and leave them out.
agreement-template-feedback = How we give feedback
agreement-template-specific-and-kind = Specific and kind: what happened, the effect it had, one suggestion.
agreement-template-last-five-minutes = We keep the last five minutes of each session for feedback, in both directions.
goal-visibility-only-me = Only me
goal-target-was-due = Was due { $date }
goal-target-on = Target { $date }
partnership-plan-pick-time = Pick a date and time.
partnership-session-planned-empty = Session planned. Nothing to carry over from last time.
partnership-session-planned = Session planned: { $carried ->
        [one] { $carried } agenda item
       *[other] { $carried } agenda items
    } carried over, { $actions ->
        [one] { $actions } open action
       *[other] { $actions } open actions
    } listed.
partnership-plan-title = Plan the next session
partnership-plan-session-title = Title
partnership-plan-starts-at = Date and time
partnership-plan-duration = Length (minutes)
partnership-plan-place = Where
partnership-plan-place-placeholder = Video call, café on the 3rd floor…
partnership-plan-carry-note = Unfinished agenda items from the last session and every open action item come along automatically.
partnership-plan-submit = Plan session
partnership-lead-not-a-number = Give a whole number of minutes, or leave it empty for the default.
partnership-lead-label = Remind me before sessions
# After the number box of the reminder's lead time.
partnership-lead-unit = minutes
partnership-lead-default = { $minutes ->
    [one] Empty: the default, { $minutes } minute (Settings → Reminders).
   *[other] Empty: the default, { $minutes } minutes (Settings → Reminders).
}
partnership-lead-reminders-off = Session reminders are off in Settings → Reminders.
partnership-summary-label = This partnership at a glance
partnership-summary-held = Sessions held
# After the number of sessions held.
partnership-summary-expected = of { $expected } expected
partnership-summary-last = Last session
partnership-summary-none-held = None held yet
partnership-summary-next = Next session
# After the date and time of the next planned session.
partnership-summary-planned = planned
# $relative: “3 days ago”, “yesterday”.
partnership-summary-next-overdue = Overdue { $relative }
# $relative: “in 3 days”, “tomorrow”, “today”.
partnership-summary-next-due = Due { $relative }
partnership-summary-not-planned = { $date }, not planned yet
partnership-summary-no-rhythm = No rhythm set
partnership-summary-none-overdue = none overdue
partnership-topic-placeholder = Add a topic and press Enter
# $label names the list (“Topics I learn”).
partnership-topics-label = { $label }: topics
partnership-topic-remove = Remove { $topic }
partnership-topic-hint = Press Enter or type a comma to add a topic.
skill-add-title = Add a skill
skill-name = Skill
skill-name-placeholder = e.g. Writing LinkedIn posts
skill-category = Category
skill-category-placeholder = e.g. Social media
skill-direction = Which way it flows
skill-direction-learn = I learn it from { $partner }
skill-direction-teach = I teach it to { $partner }
skill-name-missing = Give the skill a name.
skill-not-saved = Not saved: { $error }
skill-add = Add skill
# Read out by a screen reader for a skill rated once.
skill-growth-spoken-one = { $latest } of 5.
skill-growth-spoken-same = From { $baseline } to { $latest } of 5, no change.
skill-growth-spoken-up = From { $baseline } to { $latest } of 5, up { $change }.
skill-growth-spoken-down = From { $baseline } to { $latest } of 5, down { $change }.
skill-growth-ratings-since = { $count ->
    [one] { $count } rating since { $date }
   *[other] { $count } ratings since { $date }
}
# The first and only rating of a skill, and its date.
skill-growth-baseline = Baseline, { $date }
skill-not-rated = Not rated yet
skill-rate-label = Rate { $skill }
skill-rater = Who is rating
skill-rater-me = Me
skill-rating-date = Date
skill-level-mine = My level
skill-level-theirs = { $partner }'s rating of me
skill-rating-note = Note
skill-rating-note-placeholder-mine = What makes you say so?
skill-rating-note-placeholder-theirs = What { $partner } said
skill-rating-save = Save rating
# What the levels of a skill rating mean, 1 to 5.
skill-level-1 = Just starting
skill-level-2 = Getting there
skill-level-3 = Comfortable
skill-level-4 = Confident
skill-level-5 = Could teach it
skill-not-updated = Could not update the skill: { $error }
skill-rating-not-updated = Could not update the rating: { $error }
# The chart's text for a screen reader; $mine and $theirs are skill-chart-mine or -mine-none, skill-chart-theirs or -theirs-none.
skill-chart-label = Ratings of { $skill } over time, 1 to 5. { $mine }; { $theirs }. Every rating is listed under "All ratings".
skill-chart-mine = Me from { $baseline } to { $latest }
skill-chart-mine-none = Me: not rated
skill-chart-theirs = { $partner } from { $baseline } to { $latest }
skill-chart-theirs-none = { $partner }: not rated
skill-rate-now-label = Rate now: { $skill }
skill-rate-now = Rate now
skill-edit-label = Edit { $skill }
skill-delete-label = Delete { $skill }
skill-edit-name = Name
skill-edit-direction = Direction
skill-growth-mine = As I rate it
skill-growth-theirs = As { $partner } rates it
skill-no-ratings = No ratings yet. Rate it now to set a baseline — and ask { $partner } for a rating too, so you can see both views grow.
skill-ratings-count = All ratings ({ $count })
skill-ratings-caption = Ratings of { $skill }, oldest first
skill-ratings-date = Date
skill-ratings-by = By
skill-ratings-level = Level
skill-ratings-note = Note
skill-ratings-visibility = Who sees it
skill-ratings-actions = Actions
skill-rating-delete-mine = Delete the rating of { $date } by me
skill-rating-delete-theirs = Delete the rating of { $date } by { $partner }
skill-evidence = Evidence from the learning log
skill-evidence-not-loaded = Could not load the learnings for this skill.
skill-evidence-empty = Nothing linked yet. When you log what you learned (Ctrl+L), pick this skill to keep the proof here.
skill-evidence-open-log = Open the learning log
skill-evidence-more = { $count ->
    [one] { $count } more about this skill there
   *[other] { $count } more about this skill there
}
template-saved = Template “{ $name }” saved.
template-saved-new = Saved as the template “{ $name }”.
template-edit-title = Edit the template
template-save-as-title = Save as a template
template-name = Name
template-name-placeholder = Weekly check-in
# $problem is the journal's words for what is wrong (“must not be empty”).
template-name-problem = The name { $problem }.
template-items = Items
template-item-label = Item { $number }
template-item-placeholder = What to talk about
template-item-minutes-label = Minutes for item { $number }
# After an item's number of minutes.
template-minutes-unit = min
template-minutes-problem = Minutes { $problem }.
template-item-owner-label = Led by, item { $number }
template-owner-me = Me
template-owner-partner = My partner
template-item-remove-label = Remove item { $number }
template-item-remove = Remove this item
template-items-empty = Add at least one item.
template-items-problem = A template { $problem }.
template-item-add = + Add an item
template-names-intro = Filled in when the template is applied — click one to put it in item { $number }:
# $name is a placeholder name such as “{partner_first_name}”, $meaning says what it stands for.
template-name-insert-label = Insert { $name }: { $meaning }
template-not-saved = Not saved: { $error }
template-visibility-private = Only in packs you export for yourself.
template-visibility-shared = Also in the packs you export for your partner.
template-save = Save template
partnership-tab-overview = Overview
partnership-tab-sessions = Sessions
partnership-tab-goals = Goals
partnership-tab-skills = Skills
partnership-tab-feedback = Feedback
partnership-not-found = This partnership is not in the journal
partnership-not-found-hint = It may have been moved to the trash. You can bring it back from there.
partnership-open-trash = Open the trash
partnership-go-home = Go home
partnership-not-opened = Could not open this partnership
partnership-record = Record of learning…
partnership-import = Import their pack…
partnership-folder = Shared folder…
partnership-export = Export…
partnership-since = since { $date }
# $cadence: “every 2 weeks”, “weekly”…
partnership-meeting = meeting { $cadence }
partnership-tabs-label = { $partner }: sections
feedback-tally-given = Given to { $partner }
feedback-tally-received = Received from { $partner }
feedback-heading = Feedback
feedback-intro = Both ways: what you told { $partner } after a session, and what { $partner } told you.
feedback-not-loaded = Could not load the feedback: { $error }
feedback-loading = Loading feedback…
feedback-empty-title = No feedback yet
feedback-empty = After a session, note what went well for { $partner } and one thing to improve — and write down what { $partner } tells you, too. A few words and a rating are enough to see how the exchange is going.
feedback-give = Give feedback
feedback-note-received-first = Note feedback I received
# $number is $count, shown large.
feedback-tally-entries = { $count ->
    [one] { $number } entry
   *[other] { $number } entries
}
# $average is an average rating (“4.3”).
feedback-tally-average-label = average { $average } of 5
feedback-tally-average = { $average } average
feedback-tally-no-ratings = no ratings yet
feedback-note-received = Note feedback received
# The name of the choice of which entries to show (read out, not shown).
feedback-filter = Show
feedback-filter-all = All ({ $count })
feedback-filter-given = Given ({ $count })
feedback-filter-received = Received ({ $count })
feedback-showing = { $count ->
    [one] Showing { $shown } of { $count } feedback entry.
   *[other] Showing { $shown } of { $count } feedback entries.
}
feedback-none-given = You have not noted any feedback for { $partner } yet.
feedback-none-received = No feedback from { $partner } noted yet: ask how the last session went for them.
goal-group-learn = What I learn from { $partner }
goal-add-learning-short = + Add a learning goal
goal-group-learn-empty = No learning goals yet. What do you want to learn from { $partner }?
goal-group-teach = What I teach { $partner }
goal-add-teaching-short = + Add a teaching goal
goal-group-teach-empty = No teaching goals yet. What could { $partner } learn from you?
goal-heading = Goals
goal-balance-learn = { $count ->
    [one] { $count } goal I learn
   *[other] { $count } goals I learn
}
goal-balance-teach = { $count ->
    [one] { $count } goal I teach
   *[other] { $count } goals I teach
}
goal-balance-progress = { $progress }% average progress
goal-not-loaded = Could not load the goals: { $error }
goal-empty-title = No goals yet
goal-empty = Add the first one: what do you want to learn from { $partner }, and what can you teach in return?
goal-add-learning = Add a learning goal
goal-add-teaching = Add a teaching goal
partnership-about = The partnership
partnership-partner-name = Partner's name
partnership-partner-role = Their role
partnership-partner-role-placeholder = e.g. Data analyst, Finance
partnership-status = Status
partnership-status-active-hint = Meeting regularly.
partnership-status-paused-hint = On hold for now; no sessions expected.
partnership-status-completed-hint = Finished; kept for the record.
# Before a number box and a unit (“Meet every 2 weeks”).
partnership-cadence = Meet every
partnership-cadence-unit = Cadence unit
partnership-cadence-none = No set rhythm
# The unit after the number box of “Meet every”; $count is the number in it.
partnership-cadence-days = { $count ->
    [one] day
   *[other] days
}
partnership-cadence-weeks = { $count ->
    [one] week
   *[other] weeks
}
partnership-cadence-months = { $count ->
    [one] month
   *[other] months
}
partnership-started-on = Started on
partnership-started-missing = Pick the date you started; it is needed to count sessions.
partnership-ends-on = Ends on
partnership-topics = Topics, both ways
partnership-topic-add = Add a topic…
agreement-heading = Our agreement
agreement-use-template = Start from a template
agreement-intro = Ground rules, confidentiality and boundaries you agreed with { $partner }. Write it together in the first session and revisit it as you go.
agreement-field = Agreement (Markdown)
agreement-placeholder = What we agreed: how we meet, what stays between us, what is off limits…
agreement-empty-hint = Empty for now — start from the template above, or write your own.
# The field's name in the version history (“History of the agreement”).
agreement-history-name = agreement
agreement-revisit-on = Revisit the agreement on
agreement-revisit-hint = Part of the version you adopt: the reminder follows the version in force.
partnership-delete = Delete partnership
partnership-delete-hint = Moves the partnership with { $partner } to the trash. You can undo right away, or restore it from the trash later.
# A session's length.
partnership-session-minutes = { $minutes } min
partnership-session-not-marked-held = Planned — not marked held
partnership-sessions-heading = Sessions
partnership-plan-next = Plan next session
partnership-sessions-not-loaded = Could not load the sessions: { $error }
partnership-sessions-empty-title = No sessions yet
partnership-sessions-empty = Plan your first session with { $partner }: pick a time, and the session page is ready for the agenda and notes.
partnership-plan-first = Plan the first session
partnership-sessions-upcoming = Upcoming
partnership-sessions-none-upcoming = Nothing planned yet — plan the next session to set its agenda early.
partnership-sessions-past = Past
partnership-sessions-show-latest = Show only the latest
partnership-sessions-show-all = { $count ->
    [one] Show all { $count } past session
   *[other] Show all { $count } past sessions
}
skill-group-learn = I learn from { $partner }
skill-group-learn-empty = Nothing { $partner } teaches you yet.
skill-group-teach = I teach { $partner }
skill-group-teach-empty = Nothing you teach { $partner } yet: the exchange works best both ways.
skill-heading = Skills
skill-intro = What you learn from { $partner } and what you teach, rated by you and by { $partner } as you go.
skill-not-loaded = Could not load the skills: { $error }
skill-loading = Loading skills…
skill-empty-title = No skills yet
skill-empty = Track what you learn from { $partner } and what you teach { $partner }, and rate yourselves as you go: a rating now is the baseline, and the next ones show how far you have come — in your eyes and in { $partner }'s.
skill-add-first = Add the first skill
# How many skills a group holds, after its title.
skill-group-count = ({ $count })

## Sessions, learning log, search and trash

session-owner-me = Me
session-not-saved = Not saved: { $error }
session-delete-label = Delete: { $label }
session-delete-undoable = Delete (you can undo)
action-due = Due { $date }
action-overdue = { $days ->
    [one] Overdue by { $days } day (was due { $date })
   *[other] Overdue by { $days } days (was due { $date })
}
action-due-today = Due today
action-due-relative = Due { $date } ({ $relative })
action-update-failed = Could not update the action: { $error }
action-label-fallback = this action
action-done-label = Done: { $label }
action-text-label = Action
action-owner-label = Who does “{ $label }”
action-due-label = Due date for “{ $label }”
action-done-on = ✓ Done { $date }
agenda-item-fallback = item { $number }
agenda-covered-title = Covered in the session
agenda-covered-label = Covered: { $label }
agenda-carried-title = Not covered last time
agenda-carried = Carried over
agenda-carried-why = not covered last time
agenda-item-label = Agenda item { $number }
agenda-minutes-label = Minutes for “{ $label }”
agenda-minutes-unit = min
agenda-owner-label = Who leads “{ $label }”
agenda-led-by-me = Led by me
agenda-led-by-partner = Led by { $partner }
agenda-goal-label = Goal for “{ $label }”
agenda-no-goal = No goal
agenda-goal-learn = Learn: { $goal }
agenda-goal-teach = Teach: { $goal }
agenda-move-up-label = Move up: { $label }
agenda-move-up-title = Move up (Alt+↑)
agenda-move-down-label = Move down: { $label }
agenda-move-down-title = Move down (Alt+↓)
agenda-minutes = { $minutes } min
agenda-template-title = Apply a template
agenda-template-load-failed = The templates could not be read: { $error }
agenda-template-loading = Reading the templates…
agenda-template-legend = Template
agenda-template-built-in = Built in
agenda-template-own = Yours
agenda-template-summary = { $count ->
    [one] { $count } item · { $minutes } min
   *[other] { $count } items · { $minutes } min
}
agenda-template-none = None yet. “Save as template…” on an agenda keeps it for next time; Settings lists the ones you keep.
agenda-template-adds-to-empty = Adds to the empty agenda
agenda-template-adds-after = { $count ->
    [one] Adds after the { $count } item already on the agenda
   *[other] Adds after the { $count } items already on the agenda
}
agenda-template-total = { $added } min from the template: the agenda then takes { $after } of { $duration } min.
agenda-template-total-over = { $added } min from the template: the agenda then takes { $after } min, { $over } over the session's { $duration }.
agenda-template-add = { $count ->
    [one] Add { $count } item
   *[other] Add { $count } items
}
agenda-template-added = { $count ->
    [one] Added { $count } item from “{ $name }”.
   *[other] Added { $count } items from “{ $name }”.
}
agenda-template-undo-failed = Could not take the items back: { $error }
action-heading = Actions
action-earlier-heading = Open actions — from earlier sessions
action-earlier-empty = Nothing left open from earlier sessions.
action-no-due-date = No due date
action-agreed-heading = Agreed in this session
action-agreed-empty = None yet. Add each action below as you agree it.
action-new-label = New action
action-new-placeholder = Who does what by when?
action-new-owner = Who
action-new-due = Due
action-add = Add action
agenda-heading = Agenda
agenda-save-as-template = Save as template…
agenda-apply-template = Apply template…
agenda-read-failed = Could not read the agenda: { $error }
agenda-total = { $total } of { $duration } min
agenda-over = { $over } min over the session's length — shorten an item or leave one for next time.
agenda-free = { $minutes } min free
agenda-fits = Fits exactly
agenda-covered-count = { $covered } of { $count } covered
agenda-untimed = { $count ->
    [one] { $count } item has no time-box and is not counted.
   *[other] { $count } items have no time-box and are not counted.
}
agenda-empty = No agenda yet. Add the first thing to talk about below — what does { $partner } want to get out of this session?
agenda-empty-template = Or start from a template with “Apply template…” above.
agenda-tip = Tick items as you cover them. Alt+↑ / Alt+↓ moves the item you are in.
agenda-moved = Moved “{ $item }” to place { $place } of { $count }.
agenda-move-failed = Could not move the item: { $error }
agenda-new-label = Add an agenda item
agenda-new-placeholder = Type a topic and press Enter
agenda-new-minutes = Minutes
agenda-new-owner = Led by
agenda-added = Added “{ $item }”.
agenda-not-added = Not added: { $error }
session-only-me = Only me
session-only-me-private = Only me (private)
session-shared = Shared
session-shared-with = Shared with { $partner }
session-who-may-see = Who may see it
session-feedback-heading = Feedback on this session
session-feedback-add = Add feedback
session-feedback-empty = None yet. How did it go? Note feedback you give { $partner }, and what { $partner } tells you.
session-feedback-given = Given by me
session-feedback-received = Received from { $partner }
session-feedback-rated = Rated { $rating } of 5
session-feedback-no-rating = No rating
session-feedback-delete-label = Delete feedback from { $date }
session-feedback-went-well = Went well
session-feedback-to-improve = To improve
session-feedback-direction = Which way
session-feedback-rating = Rating (optional)
session-feedback-rating-none = None
session-feedback-stars = { $rating } of 5
session-feedback-date = Date
session-feedback-save = Save feedback
session-feedback-given-saved = Feedback given, saved.
session-feedback-received-saved = Feedback received, saved.
session-learnings-heading = Learnings from this session
session-learnings-empty = Nothing captured yet. What did you learn or try out because of this session?
session-learning-from = from { $partner }
session-learning-delete-label = Delete learning from { $date }
session-learning-new-label = Add a learning from this session
session-learning-placeholder = Questions get more replies than statements…
session-learning-keys = Ctrl+Enter
session-learning-add = Add learning
session-notes-shared-label = Shared notes — may be exported for { $partner }
session-notes-private-label = 🔒 Private notes — never leave this laptop unless you export for yourself
session-notes-shared-placeholder = What you covered, what you agreed, links you want to keep…
session-notes-private-placeholder = How it went for you, what you felt, what to work on…
session-notes-show-preview-shared = Show preview of the shared notes
session-notes-hide-preview-shared = Hide preview of the shared notes
session-notes-show-preview-private = Show preview of the private notes
session-notes-hide-preview-private = Hide preview of the private notes
session-notes-preview = Preview
session-notes-hide-preview = Hide preview
session-notes-markdown-hint = Markdown works: **bold**, - lists, ## headings.
session-gone-title = This session is not here any more
session-gone-text = It may have been moved to the trash. You can bring it back from there.
session-open-trash = Open the trash
session-open-failed-title = The session could not be opened
session-opening = Opening the session…
session-nav-label = Sessions
session-back = Sessions with { $partner }
session-previous = ‹ Previous
session-previous-label = Previous session: { $title }
session-next = Next ›
session-next-label = Next session: { $title }
session-export = Export…
session-delete = Delete session
session-heading = Session: { $title }
session-title-label = Session title
session-title-placeholder = What is this session about?
session-status-planned = Planned
session-status-held = Held
session-status-cancelled = Cancelled
session-held-prompt = The time for this session has passed. Did it take place?
session-mark-held = Mark as held
session-mark-cancelled = It was cancelled
session-marked-held = Marked as held. Capture the notes while they are fresh.
session-starts-label = Date and time
session-when-missing = Pick a date and a time.
session-duration-label = Length (minutes)
session-place-label = Where
session-place-placeholder = Video call, café on the 3rd floor…
session-status-label = Status
session-notes-heading = Notes
session-history-shared-notes = shared notes
session-history-private-notes = private notes
session-untitled = Untitled session
learning-add-title = What did I learn?
learning-add-keys = Ctrl+Enter adds it · Ctrl+L captures from anywhere
learning-text-label = What I learned or applied
learning-text-placeholder = Asking for a table first gets a better first draft…
learning-text-missing = Write what you learned first: a sentence is enough.
learning-add = Add to log
learning-date = Date
learning-partnership = Partnership
learning-partnership-none = None
learning-set-by-session = Set by its session
learning-skill = Skill
learning-no-skills = No skills yet
learning-skill-none = None
learning-skill-of-partner = { $skill } ({ $partner })
learning-history-name = learning
learning-from-partner = from { $partner }
learning-with-partner = with { $partner }
learning-from-my-partner = from my partner
learning-skill-title = Skill: { $skill }
learning-open-session = Open the session
learning-edit-label = Edit the learning of { $date }
learning-delete-label = Delete the learning of { $date }
learning-heading = Learning log
learning-intro = What you learned or applied, newest first.
learning-intro-capture = Press { $keys } anywhere in Twoway to write one down the moment it happens.
learning-load-failed = Could not load the learning log: { $error }
learning-loading = Loading the learning log…
learning-empty-title = Your learning log is empty
learning-empty-why = This is where the small wins of reverse mentoring add up: a shortcut your mentor showed you, a post that worked, an idea you tried at work.
learning-empty-start = Write the first one above, or press { $keys } right after a session.
learning-empty-skill = Tie it to a skill and it becomes evidence of how far you have come.
learning-filter-label = Filter the log
learning-all-partnerships = All partnerships
learning-no-partnership = Not tied to a partnership
learning-visibility = Visibility
learning-visibility-all = All
learning-filter-words = Words
learning-filter-placeholder = Filter the log…
learning-count-filtered = { $count ->
    [one] Showing { $shown } of { $count } learning.
   *[other] Showing { $shown } of { $count } learnings.
}
learning-show-all = Show all
learning-count = { $count ->
    [one] { $count } learning.
   *[other] { $count } learnings.
}
learning-no-match = Nothing in the log matches these filters.
search-heading = Search
search-results-for = Search results for { $query }
search-filter-label = In
search-all-partnerships = All partnerships
search-nothing = Nothing matches “{ $query }”.
search-nothing-in = Nothing matches “{ $query }” in the partnership with { $partner }.
search-first = The first { $limit } results: add a word to narrow them down.
search-first-in = The first { $limit } results in the partnership with { $partner }: add a word to narrow them down.
search-results = { $count ->
    [one] { $count } result.
   *[other] { $count } results.
}
search-results-in = { $count ->
    [one] { $count } result in the partnership with { $partner }.
   *[other] { $count } results in the partnership with { $partner }.
}
search-failed = Search did not work: { $error }
search-intro-title = Search notes, agendas, goals, skills, feedback…
search-intro-where = Type in the search box at the top of the sidebar.
search-intro-scope = Everything in this journal is searched.
search-tip-prefix-lead = Words match as you type:
search-tip-prefix = { $example } finds “LinkedIn” and “links”.
search-tip-prefix-example = link
search-tip-phrase-lead = Quote an exact phrase:
search-tip-phrase = { $example } finds those words side by side.
search-tip-phrase-example = "capital allocation"
search-tip-words-lead = More words narrow it down:
search-tip-words = { $example } finds notes that have both.
search-tip-words-example = post weekly
search-tip-keys-lead = Keyboard:
search-tip-keys = { $down } moves into the results, { $enter } opens one.
search-key-enter = Enter
search-none-hint = Try fewer or shorter words: a word also finds longer words that start with it, so { $example } finds “finance” and “financial”.
search-none-example = financ
search-everywhere = Search all partnerships
search-results-label = Results
search-hit-context = { $context }: { $label }
trash-heading = Trash
trash-empty-button = Empty trash…
trash-emptying = Emptying…
trash-load-failed = The trash could not be read: { $error }
trash-empty-state-title = The trash is empty
trash-empty-state-text = Deleted items wait here so you can bring them back.
trash-intro = { $count ->
    [one] { $count } deleted item, newest first.
   *[other] { $count } deleted items, newest first.
}
trash-intro-restore = Restoring puts an item back where it was.
trash-intro-keep = { $days ->
    [one] Items are deleted forever once they have been here a day; { $settings }.
   *[other] Items are deleted forever once they have been here { $days } days; { $settings }.
}
trash-intro-settings-link = change that in Settings
trash-deleted-when = Deleted { $when } { $time }
trash-without-note = { $kind } without a note
trash-untitled = Untitled { $kind }
trash-restore-label = Restore { $kind } { $label }
trash-restoring = Restoring…
trash-restored = { $kind } restored.
trash-restore-failed = Could not restore this { $kind }: { $error }
trash-restore-blocked-named = This { $kind } belongs to the { $parentKind } “{ $parent }”, which is in the trash too. Restore the { $parentKind } first, then this { $kind }.
trash-restore-blocked = This { $kind } belongs to the { $parentKind }, which is in the trash too. Restore the { $parentKind } first, then this { $kind }.
trash-delete-forever-label = Delete forever: { $kind } { $label }
trash-delete-forever-button = Delete forever…
trash-delete-title = Delete this { $kind } forever?
trash-delete-message-with-others = “{ $label }” goes for good with everything that belongs to it, and their version history:
trash-delete-message = “{ $label }” goes for good, with its version history:
trash-cannot-undo = This cannot be undone.
trash-delete-forever = Delete forever
trash-deleted-forever = Deleted forever: { $records }.
trash-delete-failed = Could not delete this { $kind } forever: { $error }
trash-empty-title = Empty the trash?
trash-empty-message = Everything in the trash goes for good, with what belongs to it and its version history:
trash-empty = Empty trash
trash-emptied = Trash emptied: { $records } deleted forever.
trash-empty-failed = The trash was not emptied: { $error }

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
home-days-ago-today = today
home-days-ago-yesterday = yesterday
home-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
# { $when } is a relative day: "tomorrow", "3 days ago", "in 2 weeks".
home-due-overdue = Overdue: was due { $when }
home-due = Due { $when }
home-due-keeps-rhythm = Keeps the rhythm
home-due-late = Later than the rhythm: due { $when }
home-sessions-held = { $count ->
    [one] { $count } session held
   *[other] { $count } sessions held
}
home-completed-goals = { $achieved } of { $total ->
    [one] { $total } goal
   *[other] { $total } goals
} achieved
home-completed-feedback = { $count ->
    [one] { $count } feedback entry
   *[other] { $count } feedback entries
}
home-agreement-revisit = Time to revisit the agreement
home-agreement-not-adopted = Agreement not adopted yet
home-agreement-agreed-by-both = Agreement agreed by both on { $on }
home-agreement-adopted = Agreement adopted on { $on }
home-card-since = since { $date }
home-card-until = until { $date }
home-card-paused = Paused
home-card-sessions = Sessions
home-card-plan-next = Plan next session
home-card-i-learn = I learn
home-card-what-i-learn = What I learn
home-card-i-teach = I teach
home-card-what-i-teach = What I teach
home-rhythm = Rhythm
home-rhythm-none = no set rhythm
home-rhythm-held-of = { $held } of { $expected ->
    [one] { $expected } session
   *[other] { $expected } sessions
} held
home-rhythm-recent-of = Last { $days } days: { $held } of { $expected }
home-rhythm-recent = Last { $days } days: { $held }
# { $when } is home-days-ago, home-days-ago-today or home-days-ago-yesterday.
home-last-session = Last session { $when }
home-no-session-yet = No session held yet
home-next-session = Next session
home-next-nothing-planned = Nothing planned
home-next-meet-when-it-suits = Meet when it suits you both
home-none-yet = None yet
home-actions = Actions
home-actions-empty = Actions agreed in sessions show here
home-actions-open = { $count } open
home-actions-overdue = { $count } overdue
home-actions-done = { $count } done
home-goals = Goals
home-goals-empty = No goals yet
home-goals-empty-hint = Set one on the partnership page
# { $percent } is home-goals-percent, shown large; the rest is shown small.
home-goals-average-progress = { $percent } average progress
home-goals-percent = { $value }%
home-goals-all-dropped = All dropped
home-goals-open = { $count } open
home-goals-in-progress = { $count } in progress
home-goals-achieved = { $count } achieved
home-goals-dropped = { $count } dropped
home-balance = Learn and teach
# { $arrow } is a two-way arrow.
home-balance-title = Learn { $arrow } teach
home-balance-goals = Goals
home-balance-skills = Skills
home-balance-none = none yet
home-balance-learn = { $count } learn
home-balance-teach = { $count } teach
home-feedback = Feedback
home-feedback-empty = Given and received, after a session
# { $count } is the number of entries, in bold.
home-feedback-given = Given { $count }
home-feedback-received = Received { $count }
home-feedback-no-ratings = no ratings
home-feedback-average = ★ { $rating } avg
home-topic-remove = Remove { $topic }
home-welcome-name = Welcome, { $name }
home-welcome = Welcome to Twoway
home-welcome-lead = Twoway is a private journal for reverse mentoring, where knowledge flows both ways: what you learn from your partner and what you teach them back. Keep your goals, session agendas and notes, skills and feedback in one place, on this computer only.
home-welcome-create = Create your first partnership
home-welcome-opening-sample = Opening the sample…
home-welcome-try-sample = Try with sample data
home-welcome-sample-note = The sample opens a separate journal file — your own journal stays empty and private.
home-feature-directions = Both directions
home-feature-directions-text = Every goal, skill and piece of feedback says which way it flows, so the exchange stays two-way.
home-feature-sessions = Sessions that carry on
home-feature-sessions-text = Agendas with time-boxes; what you didn't cover and open actions come along to the next session.
home-feature-private = Private by default
home-feature-private-text = Private notes never leave this computer; you decide what to share with your partner.
home-encryption-offer-not-saved = Your answer was not saved: { $problem }
home-encryption-offer-title = Lock this journal with a passphrase?
home-encryption-offer-text = Encrypted, your journal and its backups can only be read with your passphrase (or the recovery key you keep): a lost laptop or a copied backup shows nothing. You can do it later in Settings → Encryption.
home-encryption-offer-encrypt = Encrypt with a passphrase…
home-encryption-offer-not-now = Not now
home-growth-chart-failed = The chart could not be drawn here; the table below has every rating.
home-growth-title = Skill growth
home-growth-scope = Skills from
home-growth-scope-current = Current partnerships
home-growth-scope-all = All partnerships
home-growth-whose = Whose ratings
home-growth-mine = My ratings
home-growth-partner = Partner's ratings
home-growth-empty-title = No skill ratings yet
home-growth-empty = Add the skills you are learning and teaching on a partnership's Skills tab, and rate where you start from 1 to 5. Rate them again every few sessions and your growth shows up here.
# { $name } is the partner's first name.
home-growth-add-skills = Add skills with { $name }
# { $rater } is "me" for my own ratings, "partner" for my partners' ratings.
home-growth-none = { $rater ->
    [me] No ratings of mine for these skills yet. Rate them on the partnership's Skills tab.
   *[partner] No ratings from a partner for these skills yet. Rate them on the partnership's Skills tab.
}
home-growth-hint = { $rater ->
    [me] Levels from 1 to 5, my own ratings. Point at a dot to read the day's ratings.
   *[partner] Levels from 1 to 5, my partners' ratings. Point at a dot to read the day's ratings.
}
home-growth-chart-label = { $rater ->
    [me] { $count ->
        [one] Skill levels over time, my own ratings: { $count } skill. The legend and the table below list first and latest ratings.
       *[other] Skill levels over time, my own ratings: { $count } skills. The legend and the table below list first and latest ratings.
    }
   *[partner] { $count ->
        [one] Skill levels over time, my partners' ratings: { $count } skill. The legend and the table below list first and latest ratings.
       *[other] Skill levels over time, my partners' ratings: { $count } skills. The legend and the table below list first and latest ratings.
    }
}
home-growth-show-line = Show on the chart
home-growth-hide-line = Hide from the chart
home-growth-omitted = The chart shows the { $max } most recently rated skills; { $count } more are in the table.
home-growth-omitted-pick = The chart shows the { $max } most recently rated skills; { $count } more are in the table (or pick one partnership above).
home-growth-unrated = { $rater ->
    [me] { $count ->
        [one] { $count } skill has no rating of mine yet.
       *[other] { $count } skills have no rating of mine yet.
    }
   *[partner] { $count ->
        [one] { $count } skill has no partner rating yet.
       *[other] { $count } skills have no partner rating yet.
    }
}
home-growth-table = Ratings as a table
home-growth-table-caption = { $rater ->
    [me] First and latest rating of each skill, my own ratings
   *[partner] First and latest rating of each skill, my partners' ratings
}
home-growth-column-skill = Skill
home-growth-column-direction = Direction
home-growth-column-partnership = Partnership
home-growth-column-first = First rating
home-growth-column-latest = Latest rating
home-growth-column-change = Change
# { $level } is the rating from 1 to 5; the rest is shown muted.
home-growth-rating-on = { $level } on { $date }
home-growth-not-rated = Not rated yet
home-growth-on-my-own = On my own
home-greeting-morning = Good morning, { $name }
home-greeting-afternoon = Good afternoon, { $name }
home-greeting-evening = Good evening, { $name }
home-title = Your Twoway journal
home-overview-active = { $count ->
    [one] { $count } active partnership
   *[other] { $count } active partnerships
}
home-overview-paused = { $count } paused
home-overview-overdue = { $count ->
    [one] { $count } overdue action
   *[other] { $count } overdue actions
}
home-demo-title = You are looking at sample data.
home-demo-text = It lives in its own file; your journal is untouched.
home-demo-back = Back to my journal
home-load-failed = The dashboard could not be loaded: { $problem }
home-loading = Loading your partnerships…
home-new-partnership = New partnership
home-partnerships = Partnerships
home-completed = Completed
settings-load-failed = The settings could not be read: { $problem }
settings-templates = Agenda templates
# { $names } is the list of built-in templates' names.
settings-templates-built-in = Built in: { $names }.
settings-templates-intro = Keep your own with “Save as template…” on a session's agenda, or start one here. Yours are private unless you share them: only a template marked shared goes in a pack for your partner.
settings-templates-load-failed = Your templates could not be read: { $problem }
settings-templates-size = { $items ->
    [one] { $items } item
   *[other] { $items } items
} · { $minutes } min
settings-templates-delete = Delete the template { $name }
settings-templates-new = New template…
settings-trash = Trash
settings-trash-keep-for = Keep deleted items for
settings-trash-days-unit = days
settings-trash-days-invalid = Enter a whole number of days from { $min } to { $max }.
# { $trash } is settings-trash-hint-link, a link to the trash.
settings-trash-hint = After that, Twoway deletes them forever, with what belongs to them, the first time it opens the journal on a new day, right after that day's backup. You can also delete things forever from the { $trash } yourself.
settings-trash-hint-link = trash
backup-reason-daily = Daily
backup-reason-before-import = Before an import
backup-reason-before-restore = Before a restore
# { $folder } is the folder's name, "backups", shown as code.
backup-intro = Twoway backs up this journal by itself: the first time it opens it each day, and before every import or restore. It keeps one a day for a week, one a week for a month and one a month for a year, in the folder { $folder } beside the journal file.
backup-unreadable = cannot be read
backup-not-saved-title = Not saved
backup-not-saved = Your last changes could not be saved: { $problems } Restore the backup anyway and lose them?
backup-restore-without-saving = Restore without saving
backup-restore-title = Restore this backup?
# { $records } is the number of records, or backup-unreadable.
backup-restore-message = The journal goes back to the backup of { $made } ({ $records }).
backup-restore-first = First, Twoway backs up the journal as it is now. That backup appears in this list, so you can come back to it.
backup-restore-then = Then the journal is replaced by the backup: what was written after { $made } is only in the new backup.
backup-restore-reopen = The window then opens again on the restored journal.
backup-restore-confirm = Restore backup
backup-restored = Restored the backup of { $made }. The journal as it was is kept as a backup too.
backup-restore-failed = The backup was not restored, and the journal is as it was: { $problem }
backup-list-failed = The backups could not be listed: { $problem }
backup-looking = Looking for backups…
backup-empty-title = No backups yet
backup-empty-read-only = This journal is read-only, so Twoway cannot back it up. Backups start once the journal is in a folder Twoway can write to.
backup-empty = The first one is made the next time Twoway opens this journal (when it next starts, or when you open this journal again), and then one each day you use it.
backup-table-caption = Backups of this journal, newest first
backup-column-made = Made
backup-column-why = Why
backup-column-records = Records
backup-column-size = Size
backup-unreadable-tooltip = This backup cannot be read, so it cannot be restored.
backup-restore-label = Restore the backup of { $made }
backup-restoring = Restoring…
backup-restore = Restore…
settings-encryption-on = Encrypted
settings-encryption-off = Not encrypted
settings-encryption-on-text = The journal file and its backups are encrypted. Twoway asks for the passphrase, or the recovery key, each time it opens this journal.
settings-encryption-off-text = The journal file and its backups are plain files: anyone who gets hold of one can read it. Encrypt it to keep it safe on a lost laptop or in a copied backup.
settings-encryption-read-only = This journal is read-only, so its encryption cannot be changed.
settings-encryption-change = Change passphrase…
settings-encryption-turn-off = Turn encryption off…
settings-encryption-encrypt = Encrypt this journal…
settings-journal-copied = Copied.
settings-journal-copy-not-allowed = Copying is not allowed here. The path is selected: press Ctrl+C to copy it.
settings-journal-open-failed = That file was not opened.
settings-journal-opened = Opened { $file }.
settings-journal-start-failed = The new journal could not be started.
settings-journal-started = Started a new journal: { $file }.
settings-journal-default-failed = Your journal could not be opened.
settings-journal-default-opened = Back in your own journal.
settings-journal-sample-failed = The sample journal could not be opened.
settings-journal-sample-opened = Opened the sample journal. Your own journal is untouched.
settings-journal-sample-title = You are looking at the sample journal.
settings-journal-sample-text = It tells a made-up story so you can try things out; change anything you like. Your own journal is untouched.
settings-journal-where-sample = The sample journal is kept in its own file:
settings-journal-where-default = Your journal is one file, in the usual place on this computer:
settings-journal-where-chosen = This journal is a file you chose, outside the usual place:
settings-journal-copy-path = Copy path
settings-journal-move-hint = Twoway backs it up by itself (see Backups below). To move the journal to another computer, copy its newest backup there, or the file itself while Twoway is closed, and open it with “Open another journal…”.
settings-journal-left-untouched = Twoway left that file untouched, and this journal is still open.
settings-journal-open-usual = Open my usual journal
settings-journal-open-another = Open another journal…
settings-journal-start-new = Start a new journal…
settings-journal-open-sample = Open the sample journal
settings-journal-sample-hint = The sample journal is a separate file with a made-up mentoring story to explore. Opening it never touches this journal.
settings-reminders = Reminders
settings-reminders-load-failed = The reminder settings could not be read: { $problem }
settings-reminders-intro = Twoway reminds you through your system's notifications. They can show on a locked screen, so they never quote anything private: a private agenda item or action is only counted.
settings-reminders-sessions = Before a session
settings-reminders-sessions-hint = with its shared agenda
# Before the number field; settings-reminders-lead-unit follows it.
settings-reminders-lead = Remind me
settings-reminders-lead-unit = minutes before it starts
settings-reminders-lead-invalid = Enter a whole number of minutes from { $min } to { $max }.
settings-reminders-digest = A digest of the day
settings-reminders-digest-hint = actions due and overdue, sessions to plan, agreements to revisit
settings-reminders-digest-not-before = Not before
settings-reminders-digest-not-before-label = Digest not before
settings-reminders-digest-at = It comes at that time, or when Twoway first runs after it.
settings-reminders-digest-any-time = It comes when Twoway first runs that day, from 7:00 on.
settings-reminders-quiet = Quiet hours
settings-reminders-quiet-hint = a session reminder due then is skipped; the digest waits
# Before the first time field, and between the two: "From 22:00 until 07:00".
settings-reminders-quiet-from = From
settings-reminders-quiet-until = until
settings-background = Without the window
settings-background-keep-running = Keep running in the background after the window closes
settings-background-keep-running-hint = so reminders still come. Open the window again from Twoway's icon in the system tray, or by starting Twoway again.
settings-background-start-at-login = Start Twoway when I log in
settings-background-start-at-login-hint = in the background when it keeps running, otherwise with its window
sync-device-short = device { $id }
sync-changes = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
# { $devices } lists the devices' names: "Desktop and Tablet".
sync-changes-from = { $count ->
    [one] { $count } change from { $devices }
   *[other] { $count } changes from { $devices }
}
sync-folder-missing = At { $when } the sync folder was not there (a drive not connected, a share offline?). Your edits go out once it is back.
sync-sent = { $count ->
    [0] nothing new to send
    [one] sent { $count } change
   *[other] sent { $count } changes
}
# { $changes } is sync-changes or sync-changes-from.
sync-received = { $changes } came in
sync-received-nothing = nothing new came in
# { $sent } is sync-sent; { $received } is sync-received or sync-received-nothing.
sync-last = Last synced { $when }: { $sent }; { $received }.
sync-kept = { $count ->
    [one] { $count } earlier version from other devices kept in version history.
   *[other] { $count } earlier versions from other devices kept in version history.
}
sync-waiting = { $count ->
    [one] { $count } file waits for earlier ones still on their way.
   *[other] { $count } files wait for earlier ones still on their way.
}
sync-on = Sync is on. Your other devices see this journal once they sync through the same folder.
sync-off = Sync is off. The sync folder is left as it is.
sync-title = Sync with your other computers
sync-load-failed = How sync stands could not be read: { $problem }
# { $folder } is the sync folder's path, shown as code; { $name } is this computer's name.
sync-through = Syncing through { $folder } as “{ $name }”.
sync-not-yet = Not synced yet.
sync-problems = Files that could not be applied
# { $file } is a file's name, shown as code; { $problem } says what went wrong.
sync-problem = { $file } from { $device }: { $problem }
sync-now = Sync now
sync-move = Move to another folder…
sync-turn-off = Turn sync off
sync-intro = Keep this journal in step with Twoway on your other computers through a folder you already keep in sync (Syncthing, Nextcloud, Dropbox, a network share or a USB stick). Twoway writes its changes there as small files and reads the other computers’ ones; the journal itself never goes in that folder.
sync-device-name = This computer’s name
sync-device-name-hint = Your other computers say where a change came from with it.
sync-choose = Choose a sync folder…
sync-sealed = This journal is encrypted, so its change files are sealed with its key. Another computer joins the folder with this journal’s passphrase or recovery key.
sync-plain-on = This journal is not encrypted, so its change files are plain: anyone who can read the sync folder can read your journal. To seal them, turn sync off, turn encryption on above, then choose a new, empty folder.
sync-plain = This journal is not encrypted, so its change files are plain: anyone who can read the sync folder can read your journal. Turn encryption on above before syncing to seal them.
sync-passphrase = Passphrase or recovery key of the journal syncing there
sync-join = Join the folder
settings-report-title = Report to your programme
settings-report-intro = Numbers only: sessions held against your rhythm, months active, goals, skill growth, feedback and whether you wrote an agreement. No titles, notes or skill names leave, and your partner is a code unless you name them. Private records are counted; what they say is not.
settings-report-i-am = I am
settings-report-junior-mentor = The junior mentor
settings-report-senior-leader = The senior leader
settings-report-unsaid = I’d rather not say
settings-report-name-partner = Name my partner
settings-report-categories = Count my skill categories as
settings-report-not-counted = Not counted by category
settings-report-preview = What the report holds
settings-report-counting = Counting…
settings-report-empty = No partnership yet: the report would be empty. Add a partnership first.
settings-report-pair-with = your partnership with { $name }
settings-report-sessions-label = Sessions
settings-report-sessions = { $held ->
    [one] { $held } session held of { $expected } the rhythm asked for, { $hours } hours
   *[other] { $held } sessions held of { $expected } the rhythm asked for, { $hours } hours
}
settings-report-sessions-no-rhythm = { $held ->
    [one] { $held } session held, no rhythm agreed, { $hours } hours
   *[other] { $held } sessions held, no rhythm agreed, { $hours } hours
}
settings-report-months-label = Months active
settings-report-goals-learn-label = Goals I learn toward
settings-report-goals-teach-label = Goals I teach toward
settings-report-goals-none = none set
settings-report-goals = { $achieved } of { $set } achieved
settings-report-skills-learn-label = Skills I learn
settings-report-skills-teach-label = Skills I teach
settings-report-none = none
# { $self } and { $partner } are settings-report-growth or settings-report-not-rated-twice.
settings-report-skills = { $count ->
    [one] { $count } skill; growth { $self } self-rated, { $partner } by the partner
   *[other] { $count } skills; growth { $self } self-rated, { $partner } by the partner
}
# { $change } is the signed change ("+1.5"), { $count } its size.
settings-report-growth = { $count ->
    [one] { $change } level
   *[other] { $change } levels
}
settings-report-not-rated-twice = not rated twice yet
settings-report-categories-label = By category
settings-report-feedback-given-label = Feedback given
settings-report-feedback-received-label = Feedback received
settings-report-feedback = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
settings-report-feedback-rated = { $count ->
    [one] { $count } entry, rated { $rating } of 5 on average
   *[other] { $count } entries, rated { $rating } of 5 on average
}
settings-report-agreement-label = Agreement
settings-report-agreement-written = written down
settings-report-agreement-none = none written yet
settings-report-show-file = Show the file
settings-report-file = The report file
settings-report-saving = Saving…
settings-report-save = Save…
settings-report-saved = Saved the programme report to { $path }
settings-passphrase-too-short = At least { $min } characters, please ({ $length } so far).
settings-passphrase-differ = The two passphrases differ.
settings-passphrase-wrong = That is not the journal’s passphrase.
settings-recovery-key-wrong = That recovery key does not open this journal.
settings-passphrase-new = New passphrase
settings-passphrase-hint = At least { $min } characters. A few unrelated words are easier to remember than a jumble.
settings-passphrase-again = The same passphrase again
settings-secret-current = Current passphrase
settings-secret-passphrase = Passphrase
settings-secret-recovery-key = Recovery key
settings-secret-use-recovery-key = Use the recovery key instead
settings-secret-use-passphrase = Use the passphrase instead
settings-lock = Lock the journal
settings-lock-never = Never
settings-lock-after-minutes = { $minutes ->
    [one] After { $minutes } minute without use
   *[other] After { $minutes } minutes without use
}
settings-lock-after-an-hour = After an hour without use
settings-lock-load-failed = The setting could not be read: { $problem }
settings-lock-not-saved = Not saved: { $problem }
settings-lock-now = Lock now
settings-lock-saved = Saved
settings-lock-hint = Locked, the journal asks for its passphrase again; what you typed is saved first.
settings-change-title = Change the passphrase
settings-change-type-current = Type the current passphrase.
settings-change-type-recovery-key = Type the recovery key.
settings-change-note = The recovery key you saved keeps working.
settings-change-failed = The passphrase was not changed: { $problem }
settings-change-changing = Changing…
settings-change-confirm = Change passphrase
settings-change-done = The passphrase is changed. The recovery key is the same as before.
settings-decrypt-title = Turn encryption off
# { $backups } is settings-decrypt-warning-backups, in bold.
settings-decrypt-warning = The journal { $backups } become plain files again: anyone who gets hold of one of them can read it. The passphrase and the recovery key stop meaning anything.
settings-decrypt-warning-backups = and its backups
settings-decrypt-type-passphrase = Type the passphrase to confirm.
settings-decrypt-type-recovery-key = Type the recovery key to confirm.
settings-decrypt-failed = Encryption is still on: { $problem }
settings-decrypt-turning-off = Turning it off…
settings-decrypt-confirm = Turn encryption off
settings-decrypt-done = { $backups ->
    [0] Encryption is off: the journal is a plain file again.
    [one] Encryption is off: the journal and its backup are plain files again.
   *[other] Encryption is off: the journal and its { $backups } backups are plain files again.
}
settings-encrypt-title = Encrypt this journal
settings-encrypt-choose-title = Choose a passphrase
settings-encrypt-recovery-title = Your recovery key
settings-encrypt-explain = Encryption turns the journal file and its backups into data that only its passphrase, or its recovery key, can open.
settings-encrypt-protects = It protects
settings-encrypt-protects-laptop = the journal on a lost or stolen laptop;
settings-encrypt-protects-copy = a backup or a copy of the file that ends up somewhere else.
settings-encrypt-not-protects = It does not protect
settings-encrypt-not-protects-open = the journal while Twoway is open and unlocked on this computer;
settings-encrypt-not-protects-exports = the exports you make: they are plain files you hand on.
settings-encrypt-lose-both = Lose both the passphrase and the recovery key, and the journal is lost for good.
settings-encrypt-lose-both-nobody = Nobody can open it then, not even Twoway.
settings-encrypt-type-each-time = You will type it each time Twoway opens this journal.
settings-encrypt-failed = The journal was not encrypted, and is as it was: { $problem }
settings-encrypt-encrypting-all = Encrypting the journal and its backups…
settings-encrypt-key-opens = This key opens the journal if you forget the passphrase.
# { $now } is settings-encrypt-shown-only-now, in bold.
settings-encrypt-shown-once = { $now }: print it or keep it in a password manager, away from this computer.
settings-encrypt-shown-only-now = It is shown only now
settings-encrypt-print-title = Twoway recovery key for { $path }
settings-encrypt-print = Print…
settings-encrypt-copy = Copy
settings-encrypt-copied = Copied. Paste it into your password manager, then clear the clipboard.
settings-encrypt-copy-not-allowed = Copying is not allowed here. The key is selected: press Ctrl+C to copy it.
settings-encrypt-saved-key = I have saved the recovery key
settings-encrypt-tick-once-saved = Tick this once the key is saved: it cannot be shown again.
settings-encrypt-continue = Continue
settings-encrypt-encrypting = Encrypting…
settings-encrypt-confirm = Encrypt
settings-encrypt-done = { $backups ->
    [0] This journal is encrypted.
    [one] This journal is encrypted, and its backup too.
   *[other] This journal is encrypted, and its { $backups } backups too.
}
refused-title = This journal cannot be opened
refused-text = Twoway has not changed the file. You can open another journal, or start a new one elsewhere.
unlock-kicker = Encrypted journal
unlock-title = Unlock { $file }
unlock-encrypted-on-disk = This journal is encrypted on disk.
unlock-hint-passphrase = Type its passphrase to open it.
unlock-hint-recovery-key = Type the recovery key you saved when you turned encryption on (spaces, dashes and case do not matter).
unlock-type-passphrase = Type the journal’s passphrase.
unlock-type-recovery-key = Type the recovery key.
unlock-wrong-passphrase = That passphrase does not open this journal. Check it and try again.
unlock-wrong-recovery-key = That recovery key does not open this journal. Check it and try again.
unlock-unlocking = Unlocking…
unlock-confirm = Unlock
unlock-not-this-journal = Not this journal?
settings-title = Settings
settings-profile = Your profile
settings-profile-text = Used to greet you and to sign what you export.
settings-profile-load-failed = Your profile could not be read: { $problem }
settings-profile-name = My name
settings-profile-name-example = e.g. Morgan Ellis
settings-profile-role = My role
settings-profile-role-example = e.g. Chief Financial Officer
settings-journal = Where your journal lives
backup-title = Backups
settings-encryption = Encryption
settings-share = Export and import
settings-share-text = Export the whole journal as Markdown, a printable page, a calendar file, or a pack that another Twoway journal imports. You see what leaves this computer before it is saved.
settings-share-export = Export the journal…
settings-share-import = Import a pack…
settings-programme = Your mentoring programme
settings-programme-text = Programmes ask each pair how it is going. Write a report of numbers only (sessions against your rhythm, goals, skill growth, feedback) with no names, titles or notes. You see every figure before it is saved.
settings-programme-write = Write a programme report…
settings-appearance = Appearance
settings-appearance-text = Twoway follows your system’s light or dark setting. Change it there and the window follows.
settings-keys = Keyboard shortcuts
settings-keys-save-dialog = Save and close a dialog
settings-keys-move-agenda-item = Move an agenda item up or down
settings-keys-search-results = Move through search results; Enter opens one
settings-privacy = Privacy
settings-privacy-local = Everything you write stays in the journal file above, on this computer.
settings-privacy-nothing-sent = Twoway sends nothing anywhere: no account, no cloud, no tracking. With sync on, it writes its changes to the folder you chose, and your own sync tool carries them.
# { $private } is the "private" chip.
settings-privacy-private = Notes marked { $private } are left out of anything you export for your partner.
settings-privacy-export-yourself = They are exported only when you choose to export for yourself.

## Sharing, recognition, the sidebar, dialogs and the app frame

app-opening = Opening your journal…
app-skip-to-content = Skip to the content
app-synced = Synced: { $changes }.
app-partner-pack-refused = { $name }’s shared pack could not be taken: { $problem }
app-partner-pack-came-in = { $name }’s shared pack came in: { $added } added, { $updated } updated.
app-plan-needs-partnership = Start a partnership first: a session is planned in one.
app-plan-open-partnership = Open the partnership to plan the session in, then choose New session again.
sidebar-label = Journal
sidebar-brand = Twoway
sidebar-home-link = Twoway home
sidebar-search-label = Search the journal
sidebar-search-placeholder = Search  ({ $shortcut })
sidebar-capture = What did I learn?
sidebar-home = Home
sidebar-learning-log = Learning log
sidebar-partnerships = Partnerships
sidebar-new-partnership = New partnership
sidebar-no-partnerships = None yet.
sidebar-status-paused = (paused)
sidebar-status-completed = (completed)
sidebar-trash = Trash
sidebar-settings = Settings
sidebar-demo-note = Sample journal — your own journal is untouched.
markdown-preview-region = { $label } preview
markdown-preview = Preview
markdown-nothing-written = Nothing written yet.
markdown-open-link-title = Open this link?
markdown-open-link-browser = Twoway will open { $href } in your browser.
markdown-open-link-mail = Twoway will open { $href } in your mail app.
markdown-open-link = Open link
markdown-open-link-failed = Could not open the link: { $reason }
privacy-only-me = Only me
privacy-only-me-meaning = Only me. { $meaning }
privacy-shared = Shared
capture-title = What did I learn?
capture-text-label = What I learned or applied
capture-text-placeholder = Asking for a table first gets a better first draft…
capture-partnership = Partnership
capture-none = None
capture-skill = Skill
capture-no-skills = No skills yet
capture-skill-none = None
capture-date = Date
capture-visibility = Who may see it
capture-only-me = Only me
capture-shared = Shared with my partner
capture-save-hint = Ctrl+Enter to save
capture-save = Save learning
capture-saved = Learning saved to your log.
save-editing = Editing…
save-saving = Saving…
save-saved = Saved
save-not-saved = Not saved
save-not-saved-field = Not saved: see the highlighted field
save-not-saved-because = Not saved: { $reason }
toast-region = Notifications
toast-dismiss = Dismiss
dialog-partnership-title = New partnership
dialog-partnership-name = Partner's name
dialog-partnership-required = (required)
dialog-partnership-role = Their role
dialog-partnership-role-placeholder = e.g. Data analyst
dialog-partnership-topic = A topic
dialog-partnership-start-date = The start date
dialog-partnership-how-often = How often
dialog-partnership-field-problem = { $field } { $problem }
dialog-partnership-must-be-date = must be a date
dialog-partnership-learn = What I learn from them
dialog-partnership-learn-placeholder = e.g. LinkedIn, generative AI
dialog-partnership-teach = What I teach them
dialog-partnership-teach-placeholder = e.g. Capital allocation
dialog-partnership-topics-hint = Separate topics with a comma or Enter.
dialog-partnership-started = Started on
dialog-partnership-cadence = How often you meet
dialog-partnership-every = Every
dialog-partnership-every-days = How many days between sessions
dialog-partnership-every-weeks = How many weeks between sessions
dialog-partnership-every-months = How many months between sessions
dialog-partnership-unit = Unit
dialog-partnership-no-rhythm = No set rhythm
dialog-partnership-create-hint = Ctrl+Enter to create
dialog-partnership-create = Create partnership
lib-your-partner = your partner
lib-error-unknown = Something went wrong.
lib-error-link = Only web and mail links can be opened.
lib-file-choose-sync-folder = Choose the sync folder
lib-file-journal = Twoway journal
lib-file-markdown = Markdown
lib-file-web-page = Web page
lib-file-pack = Twoway pack
lib-file-calendar = Calendar
lib-file-save-folder = Save as a folder
lib-file-save-export = Save export
lib-file-record = Record of learning
lib-file-save-record = Save the record of learning
lib-file-save-certificate = Save the certificate
lib-file-open-record = Open a record of learning
lib-file-save-report = Save the programme report
lib-file-report = Programme report
lib-file-import-pack = Import a Twoway pack
lib-trash-moved = { $kind } moved to the trash.
lib-trash-delete-failed = Could not delete: { $reason }
lib-trash-restore-failed = Could not restore: { $reason }
lib-confirm-ok = OK
lib-visibility-private = Private: stays on this computer, never in an export for { $partner }
lib-visibility-shared = Shared: included when you export for { $partner }
lib-visibility-locked-goal = Private because its goal is private
lib-visibility-locked-skill = Private because its skill is private
lib-visibility-locked = Private because its { $parent } is private
lib-read-only-reason = This journal is read-only: its file, or the disk it is on, cannot be written. Reading, search and export still work.
lib-idle-stayed-open = The journal stayed open: an edit could not be saved. { $reason }
lib-router-not-saved = A change was not saved: { $reason }
lib-ends-too-slow = { $count ->
    [one] Saving did not finish within { $count } second.
   *[other] Saving did not finish within { $count } seconds.
}
lib-ends-not-saved-title = Not saved
lib-ends-quit-message = Your last changes could not be saved: { $problems } Quit anyway and lose them?
lib-ends-quit-confirm = Quit without saving
lib-ends-switch-message = Your last changes could not be saved: { $problems } Open the other journal anyway and lose them?
lib-ends-switch-confirm = Open without saving
share-format-markdown = Markdown
share-format-markdown-description = One document for notes apps such as Obsidian or Joplin.
share-format-markdown-folder = Markdown folder
share-format-markdown-folder-description = An index and one file per session.
share-format-html = Printable page
share-format-html-description = Opens in any browser; print it or save it as PDF.
share-format-pack = Twoway pack
share-format-pack-description = Your partner imports it into their own journal.
share-format-calendar = Calendar
share-format-calendar-description = Planned sessions and due action items, for your calendar app.
share-deletions-shared = { $count ->
    [one] { $count } deletion
   *[other] { $count } deletions
} ({ $kinds }): records you moved to the trash, so your partner's copy removes them too.
share-deletions-all = { $count ->
    [one] { $count } deletion
   *[other] { $count } deletions
} ({ $kinds }): records you moved to the trash, so the journal that imports it removes them too.
share-stays-private-notes = { $count ->
    [one] the private notes of { $count } session
   *[other] the private notes of { $count } sessions
}
share-list-and = { $list } and { $last }
share-export-title = Export
share-export-what = What
share-export-whole-journal = The whole journal
share-export-partnership = The partnership with { $name }
share-export-session = This session: { $title }
share-export-for-whom = For whom
share-export-for-partner = My partner
share-export-for-partner-hint = Private notes and everything marked “Only me” are left out.
share-export-for-me = Myself
share-export-for-me-hint = Everything, private notes included. Keep this file to yourself.
share-export-form = Form
share-export-leaves = What leaves this computer
share-export-counting = Counting…
share-export-calendar-note = A calendar file holds only the planned sessions, the meeting rhythm and open action items with a due date, from the records below.
share-export-empty = Nothing yet: this export would be empty.
share-export-stays-label = Stays here:
share-export-stays = { $list }.
share-export-nothing-private = Nothing here is marked private.
share-export-everything-private = Includes everything private. Share it with no one.
share-export-encrypted-note = Your journal is encrypted; the export is not. It is a plain file anyone who gets it can read.
share-export-show-document = Show exactly what leaves
share-export-document-title = Exactly what leaves
share-export-document-failed = Could not show the export: { $reason }
share-export-document-preparing = Preparing the document…
share-export-document-region = The export as a document
share-export-document-empty = This export is empty.
share-export-note-calendar = Shown as a document. The calendar file holds only its planned sessions and due action items.
share-export-note-pack-deletions = The same records the Twoway pack holds, shown as a document; the pack also carries the deletions above.
share-export-note-pack = The same records the Twoway pack holds, shown as a document.
share-export-note-markdown-folder = The same content the markdown folder holds, shown as a document.
share-export-note-html = The same content the printable page holds, shown as a document.
share-export-replace-title = Replace files?
share-export-replace-message = { $path } already holds files of the same names. Replace them with this export?
share-export-replace = Replace
share-export-saved = Saved to { $path }
share-export-saved-files = { $count ->
    [one] Saved { $count } file in { $path }
   *[other] Saved { $count } files in { $path }
}
share-export-saving = Saving…
share-export-save = Save…
import-title = Import a pack
import-whose = Whose pack is it?
import-mine = Mine
import-mine-hint = Exported from my journal on another computer, or kept as a copy.
import-partner = My partner’s
import-partner-hint = Their side of our partnership: what they wrote as “me” becomes “partner” here, what they learn is what you teach.
import-needs-partnership = A partner’s pack is added to one of your partnerships. Create the partnership first.
import-into = Add it to my partnership with
import-choose-another = Choose another file…
import-choose = Choose a pack file…
import-stopped = Import stopped: nothing was changed. Import again when you are ready.
import-progress = Import progress
import-summary = What the import will do
import-choose-first = Choose a pack to see what it adds and changes before anything is written.
import-choose-partnership = Choose the partnership this pack belongs to.
import-reading = Reading the pack…
import-reading-progress = Reading the pack
import-nothing-new = Nothing new: everything in this pack is already in your journal.
import-totals-add = to add
import-totals-update = to update
import-totals-unchanged = already here
import-totals-conflicts = { $count ->
    [one] conflict
   *[other] conflicts
}
import-conflict-note = A conflict is a record you changed here that the pack holds differently but not more recently: your version is kept.
import-will-trash = { $count ->
    [one] { $count } record will move to the trash, as in the pack.
   *[other] { $count } records will move to the trash, as in the pack.
}
import-will-restore = { $count ->
    [one] { $count } record will come back from the trash.
   *[other] { $count } records will come back from the trash.
}
import-same-meeting = { $count ->
    [one] A session your partner planned is the same meeting as one of yours: it is not added, and its agenda, actions and learnings join yours.
   *[other] { $count } sessions your partner planned are the same meetings as yours: they are not added, and their agendas, actions and learnings join yours.
}
import-profile-set = Your name and role are filled in from the pack.
import-column-record = Record
import-column-add = Add
import-column-update = Update
import-column-unchanged = Already here
import-column-conflicts = Conflicts
import-done = { $added ->
    [one] Imported: { $added } record added, { $updated } updated.
   *[other] Imported: { $added } records added, { $updated } updated.
}
import-done-conflicts = Imported: { $added ->
    [one] { $added } record
   *[other] { $added } records
} added, { $updated } updated, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} kept as you had them.
import-stopping = Stopping…
import-importing-progress = Importing { $done } of { $total ->
    [one] { $total } record
   *[other] { $total } records
}…
import-importing = Importing…
import-stop = Stop
import-import = Import
share-folder-linked = Exchanging with { $name } through the folder.
share-folder-unlinked = No longer exchanging with { $name }.
share-folder-choose-title = A folder you share with { $name }
share-folder-pack-refused = { $name }’s pack could not be taken: { $problem }
share-folder-pack-came-in = { $name }’s pack came in: { $added } added, { $updated } updated.
share-folder-sent = Your shared pack is in the folder; nothing new from { $name } yet.
share-folder-nothing-new = Nothing new either way.
share-folder-title = Exchange with { $name } through a folder
share-folder-intro = Choose a folder you and { $name } both reach, such as a shared Nextcloud or Syncthing folder. Twoway puts your shared pack of this partnership there whenever it changes, and brings theirs in as “Import their pack…” would: their side seen from yours, their learnings as theirs, a meeting you both planned as one session.
share-folder-only-shared = Only what an export for { $name } holds goes there: nothing marked private, no private notes.
share-folder-exchanging-through = Exchanging through { $folder }.
share-folder-not-linked = Not linked to a folder yet.
share-folder-stop = Stop exchanging
share-folder-another = Another folder…
share-folder-exchange-now = Exchange now
share-folder-choose = Choose a folder…
recognition-goal-achieved-on = goal achieved { $date }
recognition-goal-achieved = goal achieved
recognition-rated-by-me = { $from } → { $to } by me
recognition-rated-by-partner = { $from } → { $to } by { $name }
recognition-skill-rated = skill, rated { $ratings }
recognition-skill-not-rated = skill, not rated yet
recognition-file-signed-by-me = Record of learning with { $name } (signed by me)
recognition-file-signed-by-both = Record of learning with { $name } (signed by both)
recognition-file-certificate = Record of learning with { $name } certificate
recognition-signed-saved = Signed and saved to { $path }. Send it to { $name } to countersign.
recognition-signed-kept = Signed and kept in your journal. It goes to them in your next pack for them (Export… → a pack for your partner).
recognition-countersigned-saved = Countersigned and saved to { $path }. Send it back to { $name }.
recognition-countersigned-kept = Countersigned and kept in your journal. It goes to them in your next pack for them (Export… → a pack for your partner).
recognition-certificate-saved = Saved the certificate to { $path }
recognition-state-broken = does not hold
recognition-state-both = signed by you both
recognition-state-waiting-partner = signed by you, waiting for { $name }
recognition-state-waiting-me = signed by { $name }, waiting for you
recognition-signer-me = You
recognition-signer-partner = { $name } (key confirmed { $date })
recognition-signer-unconfirmed = A key you have not confirmed
recognition-signer-none = No key named
recognition-title = Record of learning
recognition-modes = What to do
recognition-mode-sign = Sign a record
recognition-mode-open = Records with { $name }
recognition-my-key = Your key: { $fingerprint }
recognition-my-key-hint = Read it to { $name } once, so they can confirm your signature is yours.
recognition-period = Period
recognition-period-hint = (optional: the whole partnership otherwise)
recognition-from = From
recognition-to = To
recognition-gathering = Gathering what the record can say…
recognition-held = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} held, { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}. Nothing private is offered.
recognition-i-learned = What I learned
recognition-they-learned = What { $name } learned from me
recognition-nothing-shared = Nothing shared to include yet.
recognition-statement = What I say about { $name }
recognition-statement-placeholder = What working with them gave me, in a sentence or two
recognition-kept-list = Records kept in this journal
recognition-kept-state = { $state } · last changed { $when }
recognition-open = Open
recognition-none-kept = No record kept here yet. One you sign is kept here; one { $name } signs arrives with their pack.
recognition-open-file = Open a record file…
recognition-issued-by = Issued by { $name }
recognition-does-not-hold = This record does not hold: it was changed after it was signed, or a signature is missing. Do not rely on it.
recognition-role-issuer = issued it
recognition-role-countersigner = countersigned it
recognition-signature-holds = signature holds
recognition-confirm-ask = Ask { $name } to read out the fingerprint of their key. Does it match { $fingerprint }?
recognition-confirm-key = It matches: confirm their key
recognition-complete = Signed by you both. The certificate is a page to print or share.
recognition-open-hint = Open a record above, or the file { $name } sent you: a record to countersign, or one you both signed.
recognition-sign-to-file = Sign and save a file…
recognition-sign = Sign
recognition-countersign-to-file = Countersign and save a file…
recognition-countersign = Countersign
recognition-save-certificate = Save the certificate…

## The language choice (Settings)

settings-language-heading = Language
settings-language-label = Language of Twoway
settings-language-system = Same as the system ({ $language })
settings-language-hint = The window, its menus, reminders and what you export use this language. Your journal's own words stay as you wrote them.
settings-language-failed = The language could not be changed: { $problem }
settings-language-unreadable = The language choice could not be read: { $problem }

## Menus, tray and reminders (written by the shell)

key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt

menu-file = &File
menu-edit = &Edit
menu-view = &View
menu-help = &Help
menu-new-session = New &session…
menu-new-partnership = New &partnership…
menu-capture-learning = &Capture a learning…
menu-import = &Import a pack…
menu-export = &Export…
menu-quit = &Quit
menu-find = &Find in the journal
menu-home = &Home
menu-learning-log = &Learning log
menu-search = &Search
menu-trash = &Trash
menu-settings = Se&ttings
menu-back = &Back
menu-forward = &Forward
menu-shortcuts = &Keyboard shortcuts
menu-undo = &Undo
menu-redo = &Redo
menu-cut = Cu&t
menu-copy = &Copy
menu-paste = &Paste
menu-select-all = Select &All
menu-about = &About Twoway
menu-about-comments = A private journal for reverse mentoring.
menu-tip-new-session = Plan a session in the partnership you are in
menu-tip-new-partnership = Start a new partnership
menu-tip-capture-learning = Capture a learning: “What did I learn?”
menu-tip-import = Import a pack
menu-tip-export = Export the journal, a partnership or a session
menu-tip-quit = Save and quit
menu-tip-search = Search the journal
menu-tip-home = Go home
menu-tip-learning-log = Open the learning log
menu-tip-trash = Open the trash
menu-tip-settings = Open settings
menu-tip-back = Go back
menu-tip-forward = Go forward
menu-tip-shortcuts = List the keyboard shortcuts
tray-open = Open Twoway
tray-quit = Quit Twoway
reminder-open = Open
reminder-digest-title = Today in Twoway
reminder-session-soon = Session with { $partner } in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
reminder-session-at = { $title } at { $time }
reminder-more-items = and { $count ->
    [one] { $count } more item
   *[other] { $count } more items
}
reminder-private-actions = { $count ->
    [one] { $count } private action
   *[other] { $count } private actions
}
reminder-actions-due-today = { $count ->
    [one] { $count } action
   *[other] { $count } actions
} due today with { $partner }: { $actions }
reminder-actions-overdue = { $count ->
    [one] { $count } action
   *[other] { $count } actions
} overdue with { $partner }: { $actions }
reminder-plan-session = Time to plan a session with { $partner } (due { $due })
reminder-revisit-agreement = Revisit your agreement with { $partner } (from { $from })
reminder-no-session-for = No session with { $partner } for { $days ->
    [one] { $days } day
   *[other] { $days } days
}

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

## Record kinds

# What each kind of record is called: the name on its own, as a label (“Agenda item”), the
# word inside a sentence (“this agenda item”), and a count (“3 agenda items”).

kind-partnership-title = Partnership
kind-goal-title = Goal
kind-goal-check-in-title = Check-in
kind-session-title = Session
kind-agenda-item-title = Agenda item
kind-action-item-title = Action item
kind-skill-title = Skill
kind-skill-rating-title = Rating
kind-learning-title = Learning
kind-feedback-title = Feedback
kind-agreement-version-title = Agreement version
kind-record-of-learning-title = Record of learning
kind-agenda-template-title = Agenda template
kind-partnership = partnership
kind-goal = goal
kind-goal-check-in = check-in
kind-session = session
kind-agenda-item = agenda item
kind-action-item = action item
kind-skill = skill
kind-skill-rating = rating
kind-learning = learning
kind-feedback = feedback
kind-agreement-version = agreement version
kind-record-of-learning = record of learning
kind-agenda-template = agenda template
kind-partnership-count = { $count ->
    [one] { $count } partnership
   *[other] { $count } partnerships
}
kind-goal-count = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
kind-goal-check-in-count = { $count ->
    [one] { $count } goal check-in
   *[other] { $count } goal check-ins
}
kind-session-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
kind-agenda-item-count = { $count ->
    [one] { $count } agenda item
   *[other] { $count } agenda items
}
kind-action-item-count = { $count ->
    [one] { $count } action item
   *[other] { $count } action items
}
kind-skill-count = { $count ->
    [one] { $count } skill
   *[other] { $count } skills
}
kind-skill-rating-count = { $count ->
    [one] { $count } skill rating
   *[other] { $count } skill ratings
}
kind-learning-count = { $count ->
    [one] { $count } learning
   *[other] { $count } learnings
}
kind-feedback-count = { $count ->
    [one] { $count } feedback entry
   *[other] { $count } feedback entries
}
kind-agreement-version-count = { $count ->
    [one] { $count } agreement version
   *[other] { $count } agreement versions
}
kind-record-of-learning-count = { $count ->
    [one] { $count } record of learning
   *[other] { $count } records of learning
}
kind-agenda-template-count = { $count ->
    [one] { $count } agenda template
   *[other] { $count } agenda templates
}

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
