import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, mockApi } from "../test/api";
import { receipt, school31 } from "../test/public";
import { renderApp } from "../test/render";
import { exitNavigation, NEUTRAL_SITE } from "./quickExit";

const TEXT = "Someone takes my lunch money every day.";

function schoolApi(school = school31) {
  return mockApi({
    "GET /api/v1/schools/school-31/public": () => json(school),
    "POST /api/v1/appeals": () => json(receipt(), 201),
  });
}

async function dropAppeal() {
  window.localStorage.setItem("ishenim.language", "en");
  const view = renderApp("/s/school-31");
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("Your appeal"), TEXT);
  await user.click(screen.getByRole("button", { name: "Drop into the box" }));
  await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" });
  return { ...view, user };
}

/** Everything this tab and the device keep, as text. */
function everythingStored(): string {
  const all: string[] = [document.cookie];
  for (const storage of [window.sessionStorage, window.localStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? "";
      all.push(key, storage.getItem(key) ?? "");
    }
  }
  return all.join("\n");
}

describe("the receipt after a drop", () => {
  it("is kept in this tab only, without the text, and comes back after a reload", async () => {
    schoolApi();
    await dropAppeal();
    const stored = everythingStored();
    expect(window.sessionStorage.getItem("ishenim.receipt")).toContain("1234-5678-9012-3456");
    expect(window.localStorage.getItem("ishenim.receipt")).toBeNull();
    expect(document.cookie).toBe("");
    expect(stored).not.toContain(TEXT);
    // No address, and no history entry, carries the receipt.
    expect(window.location.pathname).toBe("/s/school-31");
    expect(window.location.href).not.toContain("1234");
    expect(JSON.stringify(window.history.state)).not.toContain("1234");

    // A reload: a new page in the same tab.
    cleanup();
    renderApp("/s/school-31");
    expect(await screen.findByRole("heading", { level: 1, name: "Your appeal is in the box" })).toBeVisible();
    expect(screen.getByText("1234-5678-9012-3456")).toBeVisible();
  });

  it("warns before the page is left until the writer says it is saved, then is forgotten", async () => {
    schoolApi();
    const { user } = await dropAppeal();
    await waitFor(() => {
      const leaving = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(leaving);
      expect(leaving.defaultPrevented).toBe(true);
    });
    expect(screen.queryByRole("button", { name: "Write another appeal" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "I have saved my receipt" }));
    expect(screen.getByText(/The receipt is no longer kept on this phone/)).toBeVisible();
    expect(window.sessionStorage.getItem("ishenim.receipt")).toBeNull();
    const leavingLater = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(leavingLater);
    expect(leavingLater.defaultPrevented).toBe(false);

    await user.click(screen.getByRole("button", { name: "Write another appeal" }));
    expect(await screen.findByLabelText("Your appeal")).toHaveValue("");
  });

  it("is not shown on another school's page", async () => {
    window.sessionStorage.setItem("ishenim.receipt", JSON.stringify({ school: "school-7", receipt: receipt() }));
    schoolApi();
    window.localStorage.setItem("ishenim.language", "en");
    renderApp("/s/school-31");
    expect(await screen.findByLabelText("Your appeal")).toBeVisible();
  });
});

describe("the quick exit", () => {
  it("forgets the kept receipt and replaces the page with a neutral site", async () => {
    schoolApi();
    const leave = vi.spyOn(exitNavigation, "leave").mockImplementation(() => undefined);
    const { user } = await dropAppeal();
    window.sessionStorage.setItem("anything.else", "x");

    await user.click(screen.getByRole("button", { name: "Quick exit" }));
    expect(window.sessionStorage.length).toBe(0);
    expect(leave).toHaveBeenCalledWith(NEUTRAL_SITE);
  });

  it("is on the public pages and not on the staff pages", async () => {
    mockApi({});
    renderApp("/check", "en");
    expect(await screen.findByRole("button", { name: "Quick exit" })).toBeVisible();
    cleanup();
    renderApp("/staff/login", "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Quick exit" })).toBeNull();
  });
});

describe("the form", () => {
  it("asks browsers not to remember the text or who wrote it", async () => {
    schoolApi();
    window.localStorage.setItem("ishenim.language", "en");
    renderApp("/s/school-31");
    const user = userEvent.setup();
    expect(await screen.findByLabelText("Your appeal")).toHaveAttribute("autocomplete", "off");
    await user.click(screen.getByRole("radio", { name: "With my name" }));
    for (const label of ["Your name", "Phone", "E-mail"]) {
      expect(screen.getByLabelText(label)).toHaveAttribute("autocomplete", "off");
    }
  });

  it("comes before the explanations", async () => {
    schoolApi();
    window.localStorage.setItem("ishenim.language", "en");
    renderApp("/s/school-31");
    const text = await screen.findByLabelText("Your appeal");
    const about = screen.getByRole("heading", { level: 2, name: "What is the trust box?" });
    expect(text.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
