import { describe, expect, it } from "vitest";
import { api } from "../api/client";
import { ApiError, unwrap } from "../api/problem";
import { director, json, mockApi, problem, sentRoutes, tokens } from "../test/api";
import { resetSession, sessionState, storeTokens } from "./session";

function bearerOf(request: Request): string | null {
  return request.headers.get("Authorization");
}

describe("the staff session", () => {
  it("keeps the refresh token in sessionStorage and the access token only in memory", () => {
    storeTokens(tokens(1));
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBe("refresh-1");
    expect(JSON.stringify({ ...window.sessionStorage, ...window.localStorage })).not.toContain("access-1");
    expect(sessionState()).toEqual({ signedIn: true, ended: null });
  });

  it("sends the access token as a bearer token", async () => {
    storeTokens(tokens(1));
    const fetchMock = mockApi({
      "GET /api/v1/me": (request) =>
        bearerOf(request) === "Bearer access-1" ? json(director) : problem(401, "unauthorized"),
    });
    await expect(unwrap(api.GET("/api/v1/me"))).resolves.toMatchObject({ login: "demo.director" });
    expect(sentRoutes(fetchMock)).toEqual(["GET /api/v1/me"]);
  });

  it("refreshes once on 401 and repeats the request with the new access token", async () => {
    storeTokens(tokens(1));
    const fetchMock = mockApi({
      "GET /api/v1/me": (request) =>
        bearerOf(request) === "Bearer access-2" ? json(director) : problem(401, "token_expired"),
      "POST /api/v1/auth/refresh": async (request) => {
        const body = (await request.json()) as { refresh_token: string };
        return body.refresh_token === "refresh-1" ? json(tokens(2)) : problem(401, "invalid_token");
      },
    });
    await expect(unwrap(api.GET("/api/v1/me"))).resolves.toMatchObject({ full_name: "Aida Kangeldieva" });
    expect(sentRoutes(fetchMock)).toEqual(["GET /api/v1/me", "POST /api/v1/auth/refresh", "GET /api/v1/me"]);
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBe("refresh-2");
    expect(sessionState().signedIn).toBe(true);
  });

  it("refreshes only once when several requests fail together", async () => {
    storeTokens(tokens(1));
    const fetchMock = mockApi({
      "GET /api/v1/me": (request) =>
        bearerOf(request) === "Bearer access-2" ? json(director) : problem(401, "token_expired"),
      "POST /api/v1/auth/refresh": () => json(tokens(2)),
    });
    await Promise.all([unwrap(api.GET("/api/v1/me")), unwrap(api.GET("/api/v1/me"))]);
    expect(sentRoutes(fetchMock).filter((route) => route.includes("refresh"))).toHaveLength(1);
  });

  it("signs out when the refresh is refused", async () => {
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => problem(401, "token_expired"),
      "POST /api/v1/auth/refresh": () => problem(401, "invalid_token"),
    });
    const error = await unwrap(api.GET("/api/v1/me")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("token_expired");
    expect(sessionState()).toEqual({ signedIn: false, ended: "expired" });
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBeNull();
  });

  it("does not refresh again when the repeated request is refused too, and signs out", async () => {
    storeTokens(tokens(1));
    const fetchMock = mockApi({
      "GET /api/v1/me": () => problem(401, "unauthorized"),
      "POST /api/v1/auth/refresh": () => json(tokens(2)),
    });
    await unwrap(api.GET("/api/v1/me")).catch(() => undefined);
    expect(sentRoutes(fetchMock)).toEqual(["GET /api/v1/me", "POST /api/v1/auth/refresh", "GET /api/v1/me"]);
    expect(sessionState()).toEqual({ signedIn: false, ended: "expired" });
  });

  it("keeps the session when the refresh fails for want of a network", async () => {
    storeTokens(tokens(1));
    mockApi({
      "GET /api/v1/me": () => problem(401, "token_expired"),
      "POST /api/v1/auth/refresh": () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await unwrap(api.GET("/api/v1/me")).catch(() => undefined);
    expect(sessionState().signedIn).toBe(true);
    expect(window.sessionStorage.getItem("ishenim.refresh_token")).toBe("refresh-1");
  });

  it("after a reload, gets a new access token from the stored refresh token first", async () => {
    window.sessionStorage.setItem("ishenim.refresh_token", "refresh-1");
    resetSession();
    expect(sessionState().signedIn).toBe(true);
    const fetchMock = mockApi({
      "GET /api/v1/me": (request) =>
        bearerOf(request) === "Bearer access-2" ? json(director) : problem(401, "unauthorized"),
      "POST /api/v1/auth/refresh": () => json(tokens(2)),
    });
    await expect(unwrap(api.GET("/api/v1/me"))).resolves.toMatchObject({ login: "demo.director" });
    expect(sentRoutes(fetchMock)).toEqual(["POST /api/v1/auth/refresh", "GET /api/v1/me"]);
  });
});
