import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { storeTokens } from "../../auth/session";
import { director, json, mockApi, tokens } from "../../test/api";
import { schoolView } from "../../test/box";
import { renderApp } from "../../test/render";

const person = (id: string, full_name: string, roles: string[]) => ({
  id,
  login: full_name.toLowerCase(),
  full_name,
  position: "Teacher",
  active: true,
  roles,
});

describe("the working group page", () => {
  it("names and removes members with a tick", async () => {
    const members = new Set(["1"]);
    const staff = [person("1", "Dinara Sydykova", ["working_group"]), person("2", "Bakyt Toktogulov", ["deputy"])];
    const sent: string[] = [];
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => json(director),
      "GET /api/v1/schools/school-31": () => json(schoolView),
      "GET /api/v1/schools/school-31/staff": () => json(staff),
      "GET /api/v1/schools/school-31/working-group": () => json(staff.filter((p) => members.has(p.id))),
      "PUT /api/v1/schools/school-31/working-group/2": () => {
        sent.push("PUT 2");
        members.add("2");
        return new Response(null, { status: 204 });
      },
      "DELETE /api/v1/schools/school-31/working-group/1": () => {
        sent.push("DELETE 1");
        members.delete("1");
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp("/staff/working-group", "en");
    const dinara = await screen.findByRole("checkbox", { name: /Dinara Sydykova/ });
    const bakyt = screen.getByRole("checkbox", { name: /Bakyt Toktogulov/ });
    expect(dinara).toBeChecked();
    expect(bakyt).not.toBeChecked();
    expect(screen.getByText("1 member in the working group.")).toBeVisible();

    await user.click(bakyt);
    expect(bakyt).toBeChecked();
    await waitFor(() => expect(screen.getByText("2 members in the working group.")).toBeVisible());
    await user.click(dinara);
    await waitFor(() => expect(screen.getByText("1 member in the working group.")).toBeVisible());
    expect(dinara).not.toBeChecked();
    expect(sent).toEqual(["PUT 2", "DELETE 1"]);
  });
});
