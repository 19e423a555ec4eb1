import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, mockApi, problem } from "../test/api";
import { fill } from "../test/fill";
import { receipt, school31, tracked } from "../test/public";
import { renderApp } from "../test/render";

const UPLOAD = "POST /api/v1/schools/school-31/files";

const png = (name: string, bytes = 2048) => new File([new Uint8Array(bytes)], name, { type: "image/png" });

/** The id the fake server gives the n-th file it takes. */
const fileId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/** A school page whose file route answers `answer` for the n-th file; the drops are recorded. */
function schoolWithFiles(answer: (n: number) => Response | Promise<Response>) {
  const drops: Record<string, unknown>[] = [];
  let uploads = 0;
  mockApi({
    "GET /api/v1/schools/school-31/public": () => json(school31),
    [UPLOAD]: (request) => {
      expect(request.headers.get("Content-Type")).toBe("application/octet-stream");
      uploads += 1;
      return answer(uploads);
    },
    "POST /api/v1/appeals": async (request) => {
      drops.push((await request.json()) as Record<string, unknown>);
      return json(receipt(), 201);
    },
  });
  return drops;
}

const uploaded = (n: number) => json({ id: fileId(n), media_type: "image/png", byte_size: 2000 }, 201);

async function openForm() {
  window.localStorage.setItem("ishenim.language", "en");
  renderApp("/s/school-31");
  await screen.findByRole("heading", { level: 1, name: "School No. 31 Yntymak" });
  const user = userEvent.setup();
  await fill(user, screen.getByLabelText("Your appeal"), "They took my phone and posted this in the class chat.");
  return user;
}

const fileInput = () => screen.findByLabelText("Add photos or screenshots (optional)");
const chosen = () => screen.getAllByRole("button", { name: /^Remove / });

describe("photos and screenshots with an appeal", () => {
  it("comes after the text, with a plain warning that a photo can show who you are", async () => {
    schoolWithFiles(uploaded);
    await openForm();
    const input = await fileInput();
    expect(input).toHaveAttribute("type", "file");
    expect(input).toHaveAttribute("accept", "image/jpeg,image/png,image/webp,application/pdf");
    expect(input).toHaveAccessibleDescription(/a face, a name, a school uniform or a place can show who you are/);
    const text = screen.getByLabelText("Your appeal");
    // The text box is before the file control in the page (and so on the screen).
    expect(text.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("sends each file at once and names the ready ones with the drop", async () => {
    const drops = schoolWithFiles(uploaded);
    const user = await openForm();
    await user.upload(await fileInput(), [png("chat-1.png"), png("chat-2.png", 3 * 1024 * 1024)]);
    await waitFor(() => expect(screen.getAllByText("Ready")).toHaveLength(2));
    expect(screen.getByText("chat-1.png")).toBeVisible();
    expect(screen.getByText("3 MB")).toBeVisible();
    expect(screen.getByText("2 KB")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { name: "Your appeal is in the box" });
    expect(drops[0]?.files).toEqual([fileId(1), fileId(2)]);
  });

  it("shows a refused file's problem in plain words and sends without it", async () => {
    const drops = schoolWithFiles((n) => (n === 1 ? problem(415, "file_type_not_accepted") : uploaded(n)));
    const user = await openForm();
    await user.upload(await fileInput(), [png("program.png"), png("chat.png")]);
    expect(
      await screen.findByText("This file cannot be sent. Send a photo or screenshot (JPEG, PNG, WebP) or a PDF."),
    ).toBeVisible();
    await screen.findByText("Ready");

    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { name: "Your appeal is in the box" });
    expect(drops[0]?.files).toEqual([fileId(2)]);
  });

  it("forgets a removed file", async () => {
    const drops = schoolWithFiles(uploaded);
    const user = await openForm();
    await user.upload(await fileInput(), [png("face.png"), png("chat.png")]);
    await waitFor(() => expect(screen.getAllByText("Ready")).toHaveLength(2));
    await user.click(screen.getByRole("button", { name: "Remove face.png" }));
    expect(screen.queryByText("face.png")).toBeNull();
    expect(chosen()).toHaveLength(1);
    await waitFor(() => expect(screen.getByLabelText("Add photos or screenshots (optional)")).toHaveFocus());

    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { name: "Your appeal is in the box" });
    expect(drops[0]?.files).toEqual([fileId(2)]);
  });

  it("takes 5 files at most", async () => {
    schoolWithFiles(uploaded);
    const user = await openForm();
    const input = await fileInput();
    await user.upload(input, [1, 2, 3, 4, 5, 6, 7].map((n) => png(`shot-${n}.png`)));
    expect(chosen()).toHaveLength(5);
    expect(screen.queryByText("shot-6.png")).toBeNull();
    expect(screen.getByText("You can add 5 files at most.")).toBeVisible();
    expect(input).toBeDisabled();
    await waitFor(() => expect(screen.getAllByText("Ready")).toHaveLength(5));
    // Room again after one is removed, and the keyboard is back on the control.
    await user.click(screen.getByRole("button", { name: "Remove shot-1.png" }));
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toBeEnabled();
  });

  it("lets the send button wait while a file is still sending, and says so", async () => {
    let release: (response: Response) => void = () => undefined;
    const drops = schoolWithFiles(
      (n) =>
        new Promise<Response>((resolve) => {
          release = () => resolve(uploaded(n));
        }),
    );
    const user = await openForm();
    await user.upload(await fileInput(), [png("slow.png")]);
    expect(await screen.findByText("Sending…")).toBeVisible();
    const button = screen.getByRole("button", { name: "Wait: a file is still sending…" });
    expect(button).toBeDisabled();

    release(uploaded(1));
    await screen.findByText("Ready");
    await user.click(screen.getByRole("button", { name: "Drop into the box" }));
    await screen.findByRole("heading", { name: "Your appeal is in the box" });
    expect(drops[0]?.files).toEqual([fileId(1)]);
  });
});

describe("photos and screenshots with a reply", () => {
  it("are sent with the receipt and named with the reply", async () => {
    const replies: Record<string, unknown>[] = [];
    const receipts: (string | null)[] = [];
    mockApi({
      "POST /api/v1/appeals/track": () => json(tracked()),
      "POST /api/v1/appeals/track/files": (request) => {
        receipts.push(request.headers.get("Receipt"));
        return uploaded(7);
      },
      "POST /api/v1/appeals/track/messages": async (request) => {
        replies.push((await request.json()) as Record<string, unknown>);
        return json({ written_on: "2026-11-27", status: "sealed" }, 201);
      },
    });
    renderApp("/check", "en");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Receipt"), "1234567890123456");
    await user.click(screen.getByRole("button", { name: "Check" }));
    const found = await screen.findByRole("region", { name: "Your appeal" });
    // The result takes the focus once shown: typing starts after that, as a person's would.
    await waitFor(() => expect(within(found).getByRole("heading", { level: 2 })).toHaveFocus());
    await fill(user, screen.getByLabelText("Your message"), "Here is the new message they sent.");
    await user.upload(await fileInput(), [png("new-chat.png")]);
    await screen.findByText("Ready");
    await user.click(screen.getByRole("button", { name: "Send the message" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Your message was delivered on November 27, 2026.");
    expect(receipts).toEqual(["1234-5678-9012-3456"]);
    expect(replies[0]).toMatchObject({ files: [fileId(7)] });
    // The sent files are not offered for the next message.
    expect(screen.queryByText("new-chat.png")).toBeNull();
  });
});
