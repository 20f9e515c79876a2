import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import RecordDialog from "./RecordDialog.svelte";
import { mockCommands, settle } from "../../test/ipc";
import { toasts } from "../../lib/toasts.svelte";
import type { KeyInfo, OpenedRecord, ProofReport, RecordDraft, Verification } from "../../lib/api";

const MY_KEY: KeyInfo = { did: "did:key:z6Mkme", fingerprint: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH" };
const THEIR_KEY: KeyInfo = {
  did: "did:key:z6Mkthem",
  fingerprint: "QQQQ-RRRR-SSSS-TTTT-UUUU-VVVV-WWWW-XXXX",
};

const DRAFT: RecordDraft = {
  partnership: "p1",
  my_name: "Dana",
  partner_name: "Priya Raman",
  period: { from: null, to: null },
  sessions_held: 6,
  minutes_held: 270,
  candidates: [
    {
      id: "s1",
      kind: "skill",
      title: "Prompt writing",
      category: "Generative AI",
      learner: "me",
      self_rated: null,
      partner_rated: {
        baseline: 2,
        baseline_on: "2026-01-05",
        latest: 4,
        latest_on: "2026-03-05",
        change: 2,
        ratings: 3,
      },
      achieved_on: null,
    },
    {
      id: "g1",
      kind: "goal",
      title: "Read a P&L",
      category: "",
      learner: "partner",
      self_rated: null,
      partner_rated: null,
      achieved_on: "2026-04-01",
    },
  ],
};

function proof(signer: ProofReport["signer"], key: KeyInfo, valid = true): ProofReport {
  return {
    signer,
    role: signer.kind === "me" ? "countersigner" : "issuer",
    key,
    valid,
    problem: valid ? null : "the signature does not match the record",
    created: "2026-12-02T10:00:00Z",
    statement: "Priya made <b>AI</b> feel possible.",
  };
}

function record(proofs: ProofReport[]): OpenedRecord {
  const verification: Verification = {
    id: "urn:uuid:1",
    name: "Record of learning: Priya Raman and Dana",
    issuer_name: "Priya Raman",
    issuer: THEIR_KEY,
    proofs,
    problems: [],
  };
  return { json: '{"record":1}', verification };
}

const PARTNERSHIP = { id: "p1", name: "Priya Raman" };

describe("RecordDialog", () => {
  beforeEach(() => {
    toasts.items = [];
  });

  it("signs what is ticked with the statement and saves it where the user chose", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      my_signing_key: () => MY_KEY,
      record_draft: () => DRAFT,
      records_of_learning: () => [],
      "plugin:dialog|save": () => "/home/me/record.json",
      sign_record: () => null,
    });
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Record of learning" });
    expect(within(dialog).getByText(MY_KEY.fingerprint)).toBeInTheDocument();
    expect(
      within(dialog).getByText("6 sessions held, 4.5 hours. Nothing private is offered."),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/rated 2 → 4 by Priya Raman/)).toBeInTheDocument();
    const sign = within(dialog).getByRole("button", { name: "Sign and save a file…" });
    expect(sign).toBeDisabled();

    await user.click(within(dialog).getByRole("checkbox", { name: /Read a P&L/ }));
    await user.type(within(dialog).getByLabelText("What I say about Priya Raman"), "A patient teacher.");
    await user.click(sign);
    await settle();
    const signed = calls.find((c) => c.command === "sign_record")!;
    expect(signed.args).toEqual({
      partnership: "p1",
      choice: { include: ["s1"], statement: "A patient teacher.", period: { from: null, to: null } },
      path: "/home/me/record.json",
      replace: true,
    });
    expect(toasts.items.map((t) => t.message)).toContain(
      "Signed and saved to /home/me/record.json. Send it to Priya Raman to countersign.",
    );
  });

  it("asks to compare an unknown key's fingerprint, then offers to countersign", async () => {
    const user = userEvent.setup();
    let confirmed = false;
    const calls = mockCommands({
      my_signing_key: () => MY_KEY,
      record_draft: () => DRAFT,
      records_of_learning: () => [],
      "plugin:dialog|open": () => "/home/me/from-priya.json",
      open_record: () => record([proof({ kind: "unconfirmed" }, THEIR_KEY)]),
      confirm_record_key: () => {
        confirmed = true;
        return record([
          proof(
            { kind: "partner", partnership: "p1", partner_name: "Priya Raman", confirmed_on: "2026-12-03" },
            THEIR_KEY,
          ),
        ]).verification;
      },
      "plugin:dialog|save": () => "/home/me/both.json",
      countersign_record: () => null,
    });
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    await user.click(screen.getByLabelText("Records with Priya Raman"));
    await user.click(screen.getByRole("button", { name: "Open a record file…" }));
    await settle();
    expect(screen.getByText("A key you have not confirmed")).toBeInTheDocument();
    // Their statement is text, never markup.
    expect(screen.getByText("Priya made <b>AI</b> feel possible.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Countersign/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "It matches: confirm their key" }));
    await settle();
    expect(confirmed).toBe(true);
    expect(screen.getByText(/Priya Raman \(key confirmed/)).toBeInTheDocument();
    await user.type(screen.getByLabelText("What I say about Priya Raman"), "Generous with her time.");
    await user.click(screen.getByRole("button", { name: "Countersign and save a file…" }));
    await settle();
    expect(calls.find((c) => c.command === "countersign_record")?.args).toEqual({
      partnership: "p1",
      record: '{"record":1}',
      statement: "Generous with her time.",
      path: "/home/me/both.json",
      replace: true,
    });
  });

  it("signs into the journal for the next pack, and countersigns a record their pack brought", async () => {
    const user = userEvent.setup();
    const fromPack = record([
      proof(
        { kind: "partner", partnership: "p1", partner_name: "Priya Raman", confirmed_on: "2026-12-03" },
        THEIR_KEY,
      ),
    ]);
    const calls = mockCommands({
      my_signing_key: () => MY_KEY,
      record_draft: () => DRAFT,
      records_of_learning: () => [
        {
          record: {
            id: "r1",
            fields: { partnership_id: "p1", credential_id: "urn:uuid:1", credential: fromPack.json },
            created_at: "2026-12-03T09:00:00.000Z",
            updated_at: "2026-12-03T09:00:00.000Z",
            deleted_at: null,
          },
          verification: fromPack.verification,
        },
      ],
      sign_record: () => null,
      countersign_record: () => null,
    });
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Record of learning" });
    await user.type(within(dialog).getByLabelText("What I say about Priya Raman"), "A patient teacher.");
    await user.click(within(dialog).getByRole("button", { name: "Sign" }));
    await settle();
    expect(calls.find((c) => c.command === "sign_record")?.args.path).toBeNull();
    expect(toasts.items.map((t) => t.message)).toContain(
      "Signed and kept in your journal. It goes to them in your next pack for them (Export… → a pack for your partner).",
    );

    // Opened again: the record their pack brought, waiting for my countersignature.
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    const again = screen.getAllByRole("dialog", { name: "Record of learning" }).at(-1)!;
    await user.click(within(again).getByLabelText("Records with Priya Raman"));
    const list = within(again).getByRole("list", { name: "Records kept in this journal" });
    expect(within(list).getByText(/signed by Priya Raman, waiting for you/)).toBeInTheDocument();
    await user.click(within(list).getByRole("button", { name: "Open" }));
    await user.type(within(again).getByLabelText("What I say about Priya Raman"), "Generous with her time.");
    await user.click(within(again).getByRole("button", { name: "Countersign" }));
    await settle();
    expect(calls.find((c) => c.command === "countersign_record")?.args).toEqual({
      partnership: "p1",
      record: fromPack.json,
      statement: "Generous with her time.",
      path: null,
      replace: true,
    });
  });

  it("says a changed record does not hold and offers neither countersigning nor a certificate", async () => {
    const user = userEvent.setup();
    mockCommands({
      my_signing_key: () => MY_KEY,
      record_draft: () => DRAFT,
      records_of_learning: () => [],
      "plugin:dialog|open": () => "/home/me/forged.json",
      open_record: () =>
        record([
          proof(
            { kind: "partner", partnership: "p1", partner_name: "Priya Raman", confirmed_on: "2026-12-03" },
            THEIR_KEY,
            false,
          ),
        ]),
    });
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    await user.click(screen.getByLabelText("Records with Priya Raman"));
    await user.click(screen.getByRole("button", { name: "Open a record file…" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("This record does not hold");
    expect(screen.getByText(/the signature does not match the record/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Countersign/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /certificate/ })).toBeNull();
  });

  it("offers the certificate for a record both signed", async () => {
    const user = userEvent.setup();
    const calls = mockCommands({
      my_signing_key: () => MY_KEY,
      record_draft: () => DRAFT,
      records_of_learning: () => [],
      "plugin:dialog|open": () => "/home/me/both.json",
      open_record: () =>
        record([
          proof(
            { kind: "partner", partnership: "p1", partner_name: "Priya Raman", confirmed_on: "2026-12-03" },
            THEIR_KEY,
          ),
          proof({ kind: "me" }, MY_KEY),
        ]),
      "plugin:dialog|save": () => "/home/me/certificate.html",
      save_certificate: () => null,
    });
    render(RecordDialog, { open: true, partnership: PARTNERSHIP });
    await settle();
    await user.click(screen.getByLabelText("Records with Priya Raman"));
    await user.click(screen.getByRole("button", { name: "Open a record file…" }));
    await settle();
    expect(
      screen.getByText("Signed by you both. The certificate is a page to print or share."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save the certificate…" }));
    await settle();
    expect(calls.find((c) => c.command === "save_certificate")?.args).toEqual({
      record: '{"record":1}',
      path: "/home/me/certificate.html",
      replace: true,
    });
  });
});
