import { readFileSync } from "node:fs";
import { type APIRequestContext } from "@playwright/test";
import { abandonOpeningInProgress, accessToken, openBox, requirePassword, SCHOOL, STAFF, uniqueText } from "./api";
import { checkedStates, expectAccessible } from "./axe";
import { sentenceWithDay, text } from "./catalogues";
import { expect, test } from "./fixtures";
import { CasePage } from "./pages/CasePage";
import { CheckPage } from "./pages/CheckPage";
import { OpeningPage } from "./pages/OpeningPage";
import { OpeningsPage } from "./pages/OpeningsPage";
import { ReceiptScreen } from "./pages/ReceiptScreen";
import { SchoolPage } from "./pages/SchoolPage";
import { SignInPage } from "./pages/SignInPage";
import { StaffNav } from "./pages/StaffNav";
import { StaffShellPage } from "./pages/StaffShellPage";
import { screenshotPng } from "./samples";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The three members sign the act; answers the id (the case's) of the appeal that says `appealText`. */
async function signAndFind(request: APIRequestContext, openingId: string, appealText: string): Promise<string> {
  const tokens = await Promise.all([STAFF.wg1, STAFF.wg2, STAFF.wg3].map((member) => accessToken(request, member.login)));
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const listed = await request.get(`/api/v1/box-openings/${openingId}/appeals`, { headers: as(tokens[0] ?? "") });
  expect(listed.status(), await listed.text()).toBe(200);
  const appeals = (await listed.json()) as { id: string; text: string }[];
  const id = appeals.find((appeal) => appeal.text === appealText)?.id ?? "";
  for (const token of tokens) {
    const signed = await request.post(`/api/v1/box-openings/${openingId}/sign`, { headers: as(token) });
    expect(signed.status(), await signed.text()).toBe(200);
  }
  return id;
}

test.beforeAll(async ({ request }) => {
  requirePassword();
  // Every spec shares one school: a test that stopped half-way must not block this one.
  await abandonOpeningInProgress(request);
});

test.afterAll(async ({ request }) => {
  // The appeals go back into the box, sealed, for the specs after this one.
  await abandonOpeningInProgress(request);
  console.log(`axe checked: ${checkedStates.join("; ")}`);
});

test("a writer sends a screenshot from a phone with the appeal and another with a reply; at the opening a member sees it and opens it, and so does the director in the case", async ({
  page,
  newPage,
  request,
}) => {
  test.setTimeout(120_000);
  // The writer, on a 360×740 phone, in the school's language.
  const schoolPage = new SchoolPage(page, "ky");
  await schoolPage.goto(SCHOOL.slug, SCHOOL.name);
  const appeal = uniqueText("Класстагы чатка менин сүрөтүмдү жана жаман сөздөрдү жазышты.");
  await schoolPage.write(appeal);
  // The text comes first: the file control is below it, and choosing a file does not move it.
  const textBefore = await schoolPage.textField().boundingBox();
  const control = await schoolPage.fileInput().boundingBox();
  expect(textBefore && control && control.y > textBefore.y + textBefore.height).toBe(true);
  await expect(schoolPage.form().getByText(text("ky", "appeal:files.warning"), { exact: true })).toBeVisible();

  const shot = { name: "Screenshot_2026-11-26.png", mimeType: "image/png", buffer: screenshotPng() };
  await schoolPage.attach([shot]);
  expect(await schoolPage.textField().boundingBox()).toEqual(textBefore);
  await expectAccessible(page, "school page with a screenshot added");

  await schoolPage.chooseAnonymous();
  await schoolPage.submit();
  const receiptScreen = new ReceiptScreen(page, "ky");
  await receiptScreen.expectShown();
  const receipt = await receiptScreen.receipt();
  await receiptScreen.confirmSaved();

  // A reply with one more screenshot, through the receipt.
  await receiptScreen.goToCheck();
  const check = new CheckPage(page, "ky");
  await check.expectShown();
  await check.check(receipt);
  await check.expectStatus("sealed");
  const reply = "Бүгүн дагы жазышты.";
  await check.reply(reply, [{ ...shot, name: "Screenshot_2026-11-27.png", buffer: screenshotPng(80, 120) }]);
  await expect(check.result().getByRole("status")).toHaveText(sentenceWithDay("ky", "track:reply_sent"));

  // The working group opens the box (set up through the API); a member reads on their phone.
  const { id: openingId } = await openBox(request);
  const member = await newPage();
  const signIn = new SignInPage(member, "ky");
  await signIn.goto();
  await signIn.switchTo("en");
  await signIn.signIn(STAFF.wg1.login, requirePassword());
  await new StaffShellPage(member, "en").expectShown();
  await new StaffNav(member, "en").open("box");
  await new OpeningsPage(member, "en").goToOpeningInProgress();
  const opening = new OpeningPage(member, "en");
  await opening.expectShown();

  const card = opening.appeal(appeal);
  await expect(card).toBeVisible();
  const lists = opening.files(appeal);
  // The appeal's screenshot, then the reply's.
  await expect(lists).toHaveCount(2);
  await expect(lists.first().getByText(text("en", "box:files.recorded"), { exact: true })).toBeVisible();
  const thumbnail = lists.first().getByRole("img", { name: text("en", "box:files.thumbnail", { number: "1" }) });
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  await expect(lists.nth(1).getByRole("img")).toBeVisible();
  await expectAccessible(member, "opening with an appeal's files");

  // Opening the file: a download under a name that says nothing, the picture cleaned and whole.
  const download = await opening.download(lists.first(), 1);
  expect(download.suggestedFilename()).toMatch(/^file-[0-9a-f]{8}\.png$/);
  const saved = readFileSync(await download.path());
  expect(saved.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);

  // Once the act is signed, the director reads the case with its files.
  const caseId = await signAndFind(request, openingId, appeal);
  const director = await newPage();
  const directorSignIn = new SignInPage(director, "ky");
  await directorSignIn.goto();
  await directorSignIn.switchTo("en");
  await directorSignIn.signIn(STAFF.director.login, requirePassword());
  await new StaffShellPage(director, "en").expectShown();
  await director.goto(`/staff/cases/${caseId}`);
  const file = new CasePage(director, "en");
  const writerText = file.section("cases:case.text_heading");
  await expect(writerText).toContainText(appeal);
  const ofAppeal = writerText.getByRole("region", { name: text("en", "box:files.heading") });
  await expect(ofAppeal.getByRole("img", { name: text("en", "box:files.thumbnail", { number: "1" }) })).toBeVisible();
  const ofReply = file.section("cases:conversation.heading").getByRole("region", { name: text("en", "box:files.heading") });
  await expect(ofReply.getByRole("img")).toBeVisible();
  await expectAccessible(director, "case with the appeal's files");
  const fromCase = director.waitForEvent("download");
  await ofAppeal.getByRole("button", { name: text("en", "box:files.download", { number: "1" }), exact: true }).click();
  expect((await fromCase).suggestedFilename()).toBe(download.suggestedFilename());
});
