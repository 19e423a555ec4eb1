import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, problem, sentRoutes, tokens, type Handler } from "../../test/api";
import { opening, OPENING_ID, retrieved, schoolView, wg1 } from "../../test/box";
import { CASE_ID, caseFile } from "../../test/cases";
import { renderApp } from "../../test/render";

const opening_ = `/api/v1/box-openings/${OPENING_ID}`;
const APPEAL_ID = "0210559a-0780-40b3-80ff-90cf457d0636";
const PAPER_ID = "46335813-e1fb-4963-ab66-7e7d1ecb2971";
const screenshot = { id: "5a1b2c3d-0000-4000-8000-000000000001", media_type: "image/png", byte_size: 48_000 };
const notice = { id: "9f8e7d6c-0000-4000-8000-000000000002", media_type: "application/pdf", byte_size: 2_500_000 };

const bytes = (type: string) => () =>
  new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { "Content-Type": type } });

function signedInAs(me: unknown, routes: Record<string, Handler>) {
  storeTokens(tokens(1));
  return mockApi({
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/schools/school-31": () => json(schoolView),
    ...routes,
  });
}

let made: string[];
let revoked: string[];
let saved: { name: string; href: string }[];

beforeEach(() => {
  made = [];
  revoked = [];
  saved = [];
  let count = 0;
  // jsdom has no object URLs: these stand in for the browser's.
  URL.createObjectURL = () => {
    count += 1;
    const url = `blob:http://localhost/${count}`;
    made.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  // A download is a click on a link the page makes; jsdom would try to follow it.
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
});

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe("the files of an appeal at the opening", () => {
  it("shows pictures as thumbnails, downloads every file under a neutral name, and says each read is recorded", async () => {
    const fetchMock = signedInAs(wg1, {
      [`GET ${opening_}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${opening_}/appeals`]: () =>
        json([
          retrieved({
            files: [screenshot, notice],
            messages: [{ written_on: "2026-11-24", text: "Another one.", files: [{ ...screenshot, id: `${screenshot.id.slice(0, -1)}3` }] }],
          }),
        ]),
      [`GET ${opening_}/appeals/${APPEAL_ID}/files/${screenshot.id}`]: bytes("image/png"),
      [`GET ${opening_}/appeals/${APPEAL_ID}/files/${screenshot.id.slice(0, -1)}3`]: bytes("image/png"),
      [`GET ${opening_}/appeals/${APPEAL_ID}/files/${notice.id}`]: bytes("application/pdf"),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const card = await screen.findByRole("article", { name: "Appeal 1" });
    const [files] = within(card).getAllByRole("region", { name: "Photos and files" });
    if (!files) throw new Error("no file list");
    expect(within(files).getByText(/Every time a file is shown or downloaded, it is recorded/)).toBeVisible();
    const picture = await within(files).findByRole("img", { name: "File 1, a picture sent with the appeal" });
    await waitFor(() => expect(picture).toHaveAttribute("src", expect.stringMatching(/^blob:/)));
    expect(within(files).getByText("File 1: picture, 47 KB")).toBeVisible();
    expect(within(files).getByText("File 2: PDF document, 2.4 MB")).toBeVisible();
    // A PDF is never drawn inside the page.
    expect(within(files).getAllByRole("img")).toHaveLength(1);
    // The writer's later message lists its own file.
    expect(within(card).getAllByRole("region", { name: "Photos and files" })).toHaveLength(2);

    await user.click(within(files).getByRole("button", { name: "Download file 2" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe("file-9f8e7d6c.pdf");
    await user.click(within(files).getByRole("button", { name: "Download file 1" }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.name).toBe("file-5a1b2c3d.png");
    // The thumbnail's bytes are reused: the picture was read once, not again for the download.
    const reads = sentRoutes(fetchMock).filter((route) => route.endsWith(`/files/${screenshot.id}`));
    expect(reads).toHaveLength(1);
  });

  it("revokes the pictures' addresses when the page is left", async () => {
    signedInAs(wg1, {
      [`GET ${opening_}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${opening_}/appeals`]: () => json([retrieved({ files: [screenshot] })]),
      [`GET ${opening_}/appeals/${APPEAL_ID}/files/${screenshot.id}`]: bytes("image/png"),
    });
    const { unmount } = renderApp(`/staff/box/${OPENING_ID}`, "en");
    const picture = await screen.findByRole("img", { name: "File 1, a picture sent with the appeal" });
    await waitFor(() => expect(picture).toHaveAttribute("src", expect.stringMatching(/^blob:/)));
    unmount();
    expect(revoked).toEqual(made);
  });

  it("says so when a file cannot be read", async () => {
    signedInAs(wg1, {
      [`GET ${opening_}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${opening_}/appeals`]: () => json([retrieved({ files: [screenshot] })]),
      [`GET ${opening_}/appeals/${APPEAL_ID}/files/${screenshot.id}`]: () => problem(403, "not_confirmed"),
    });
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const card = await screen.findByRole("article", { name: "Appeal 1" });
    expect(await within(card).findByRole("alert")).toBeVisible();
    expect(within(card).queryByRole("img")).toBeNull();
  });

  it("lets a member add a photo of a paper note", async () => {
    let photos = 0;
    const fetchMock = signedInAs(wg1, {
      [`GET ${opening_}`]: () => json(opening({ status: "open", confirmations_needed: 0 })),
      [`GET ${opening_}/appeals`]: () =>
        json([
          retrieved({
            id: PAPER_ID,
            channel: "paper",
            files: photos > 0 ? [{ ...screenshot, media_type: "image/jpeg" }] : [],
          }),
        ]),
      [`POST ${opening_}/appeals/${PAPER_ID}/files`]: (request) => {
        expect(request.headers.get("Content-Type")).toBe("application/octet-stream");
        photos += 1;
        return json({ id: screenshot.id, media_type: "image/jpeg", byte_size: 48_000 }, 201);
      },
      [`GET ${opening_}/appeals/${PAPER_ID}/files/${screenshot.id}`]: bytes("image/jpeg"),
    });
    const user = userEvent.setup();
    renderApp(`/staff/box/${OPENING_ID}`, "en");
    const input = await screen.findByLabelText("Add a photo of the note (optional)");
    await user.upload(input, new File([new Uint8Array(10)], "IMG_0001.jpg", { type: "image/jpeg" }));
    expect(await screen.findByText("The photo was added to the note.")).toBeVisible();
    expect(await screen.findByRole("img", { name: "File 1, a picture sent with the appeal" })).toBeVisible();
    expect(sentRoutes(fetchMock)).toContain(`POST ${opening_}/appeals/${PAPER_ID}/files`);
  });
});

describe("the files of a case", () => {
  it("lists the appeal's files and those of the writer's messages, read through the case", async () => {
    const fetchMock = signedInAs(director, {
      [`GET /api/v1/cases/${CASE_ID}`]: () =>
        json(
          caseFile({
            files: [notice],
            messages: [
              {
                id: "1d2c3b4a-0000-4000-8000-000000000001",
                kind: "writer_message",
                written_on: "2026-11-27",
                written_at: null,
                author: null,
                text: "It is still cold in the room.",
                approved_at: null,
                approved_by: null,
                files: [screenshot],
              },
            ],
          }),
        ),
      [`GET /api/v1/cases/${CASE_ID}/files/${screenshot.id}`]: bytes("image/png"),
      [`GET /api/v1/cases/${CASE_ID}/files/${notice.id}`]: bytes("application/pdf"),
    });
    const user = userEvent.setup();
    renderApp(`/staff/cases/${CASE_ID}`, "en");
    const lists = await screen.findAllByRole("region", { name: "Photos and files" });
    expect(lists).toHaveLength(2);
    expect(await screen.findByRole("img", { name: "File 1, a picture sent with the appeal" })).toBeVisible();
    const [ofAppeal] = lists;
    if (!ofAppeal) throw new Error("no file list");
    await user.click(within(ofAppeal).getByRole("button", { name: "Download file 1" }));
    await waitFor(() => expect(saved).toEqual([{ name: "file-9f8e7d6c.pdf", href: expect.stringMatching(/^blob:/) }]));
    expect(sentRoutes(fetchMock)).toContain(`GET /api/v1/cases/${CASE_ID}/files/${notice.id}`);
  });
});
