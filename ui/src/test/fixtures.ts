// Records shaped exactly as the Rust side sends them, for component tests.

import type {
  ActionItem,
  AdoptedVersion,
  AgendaItem,
  Agreement,
  Goal,
  JournalStatus,
  Partnership,
  PartnershipSummary,
  Party,
  ReminderSettings,
  Session,
} from "../lib/api";

const stamps = {
  created_at: "2026-03-01T09:00:00.000Z",
  updated_at: "2026-03-01T09:00:00.000Z",
  deleted_at: null,
};

export const openStatus: JournalStatus = {
  path: "/home/me/.local/share/app.twoway.journal/journal.sqlite3",
  is_default: true,
  is_demo: false,
  read_only: false,
  refused: null,
  encrypted: false,
  locked: false,
  notice: null,
};

export function partnership(id = "p1", name = "Priya Raman"): Partnership {
  return {
    id,
    fields: {
      partner_name: name,
      partner_role: "Data analyst",
      i_learn: ["LinkedIn", "Generative AI"],
      i_teach: ["Capital allocation"],
      status: "active",
      started_on: "2026-01-05",
      ends_on: null,
      cadence: { every: 2, unit: "week" },
      agreement: "## Ground rules\n\nWhat is said here stays here.",
      agreement_revisit_on: "2026-06-01",
    },
    ...stamps,
  };
}

export function summary(p: Partnership = partnership()): PartnershipSummary {
  return {
    partnership: p,
    cadence: {
      held_since_start: 4,
      expected_since_start: 5,
      recent_days: 90,
      held_recently: 3,
      expected_recently: 5,
    },
    last_held_on: "2026-02-23",
    days_since_last_session: 7,
    next_session_due: "2026-03-09",
    next_planned_at: "2026-03-09T10:00:00+01:00",
    goals: { open: 1, in_progress: 2, achieved: 1, dropped: 0, average_progress: 55 },
    actions: { open: 3, overdue: 1, done: 4 },
    feedback_given: { count: 3, average_rating: 4.3 },
    feedback_received: { count: 2, average_rating: 4.5 },
    balance: { goals_learn: 3, goals_teach: 1, skills_learn: 2, skills_teach: 2 },
    agreement: {
      adopted_on: "2026-01-12",
      agreed_by_both: true,
      draft_changed: false,
      partner_adopted_other: false,
      revisit_on: "2026-06-01",
      revisit_due: false,
    },
  };
}

export function goal(id = "g1", partnershipId = "p1"): Goal {
  return {
    id,
    fields: {
      partnership_id: partnershipId,
      title: "Post on LinkedIn every week",
      description: "",
      direction: "learn",
      success_criteria: "12 posts",
      target_on: "2026-06-30",
      status: "in_progress",
      progress: 40,
      visibility: "shared",
    },
    ...stamps,
  };
}

export function session(id = "s1", partnershipId = "p1"): Session {
  return {
    id,
    fields: {
      partnership_id: partnershipId,
      starts_at: "2026-03-09T10:00:00+01:00",
      duration_minutes: 45,
      status: "planned",
      title: "Prompting for finance",
      place: "Video call",
      shared_notes: "",
      private_notes: "",
    },
    ...stamps,
  };
}

export function agendaItem(id: string, position: number, text: string, sessionId = "s1"): AgendaItem {
  return {
    id,
    fields: {
      session_id: sessionId,
      position,
      text,
      minutes: 10,
      owner: "partner",
      covered: false,
      carried_from: null,
      goal_id: null,
      visibility: "shared",
    },
    ...stamps,
  };
}

export function actionItem(id: string, text: string, partnershipId = "p1"): ActionItem {
  return {
    id,
    fields: {
      partnership_id: partnershipId,
      session_id: null,
      text,
      owner: "me",
      due_on: "2026-03-05",
      done_at: null,
      visibility: "shared",
    },
    ...stamps,
  };
}

/** An adopted version of `p`'s agreement. */
export function adoptedVersion(
  id: string,
  by: Party,
  number: number,
  adopted_on: string,
  text: string,
  extra: Partial<AdoptedVersion> = {},
  p: Partnership = partnership(),
): AdoptedVersion {
  return {
    version: {
      id,
      fields: { partnership_id: p.id, text, revisit_on: null, adopted_on, adopted_by: by },
      ...stamps,
    },
    number,
    agreed_by_both: false,
    matches_draft: false,
    ...extra,
  };
}

/** `p`'s agreement: never adopted unless versions are given, every section but the ones its
 * draft has to add. */
export function agreementOf(p: Partnership = partnership(), extra: Partial<Agreement> = {}): Agreement {
  return {
    partnership_id: p.id,
    mine: [],
    theirs: [],
    status: {
      adopted_on: null,
      agreed_by_both: false,
      draft_changed: p.fields.agreement.trim() !== "",
      partner_adopted_other: false,
      revisit_on: p.fields.agreement_revisit_on,
      revisit_due: false,
    },
    sections: [
      { section: "goals", heading: "Our goals", covered: false },
      {
        section: "ground_rules",
        heading: "Ground rules",
        covered: p.fields.agreement.includes("## Ground rules"),
      },
      { section: "confidentiality", heading: "Confidentiality", covered: false },
    ],
    ...extra,
  };
}

/** Reminder settings as a new journal has them, with `extra` changed. */
export function reminderSettings(extra: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    sessions: true,
    session_lead_minutes: 15,
    lead_by_partnership: [],
    digest: true,
    digest_at: null,
    quiet_from: null,
    quiet_until: null,
    ...extra,
  };
}
