/**
 * Generated from openapi/openapi.json by `npm run generate`. Do not edit by hand.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs a staff member in.
         * @description Repeated failures for a login from one client are throttled; unknown logins take as long
         *     as known ones.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs out: the refresh token and every token of the same sign-in stop working. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchanges a refresh token for a new access token and a new refresh token.
         * @description A refresh token works once: presenting it again revokes every token of that sign-in.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the service and its database answer. */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the signed-in staff member is: name, position, roles, school and district. */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school and its settings, for its staff and its district. */
        get: operations["get_school"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff of a school with their roles, for those who manage them. */
        get: operations["list_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A district, as named to its staff. */
        DistrictSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        /** @description One failing field of a request. */
        FieldError: {
            /** @description A stable code, e.g. `required`, `length`, `invalid_type`. */
            code: string;
            /** @description The field's path in the request body, e.g. `submitter.contact`. */
            field: string;
            message: string;
        };
        /** @description The service is up and its database answers. */
        Health: {
            /** @description Always `ok`. */
            status: string;
        };
        /** @description A staff member's credentials. */
        LoginRequest: {
            /** @example demo.director */
            login: string;
            password: string;
        };
        /** @description The signed-in staff member. */
        Me: {
            district?: null | components["schemas"]["DistrictSummary"];
            full_name: string;
            /** Format: uuid */
            id: string;
            login: string;
            position: string;
            roles: components["schemas"]["Role"][];
            school?: null | components["schemas"]["SchoolSummary"];
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            /** @description The stable, machine-readable code. */
            code: string;
            detail?: string | null;
            /** @description The failing fields of a `validation_failed` problem. */
            errors?: components["schemas"]["FieldError"][] | null;
            /**
             * Format: int64
             * @description Seconds until a throttled request may be retried.
             */
            retry_after?: number | null;
            /** Format: int32 */
            status: number;
            /** @description A short, human-readable summary in English; clients translate `code` instead. */
            title: string;
            /** @description A URI naming the kind of problem: `urn:ishenim:problem:<code>`. */
            type: string;
            /** @description The words that caused an `obscene_language` refusal, as they were written. */
            words?: string[] | null;
        };
        /** @description A refresh token to rotate or to revoke. */
        RefreshRequest: {
            refresh_token: string;
        };
        /**
         * @description A staff role. A user can hold several.
         * @enum {string}
         */
        Role: "director" | "deputy" | "official" | "social_pedagogue" | "working_group" | "school_admin" | "district_officer" | "district_admin" | "superadmin";
        /** @description The settings of a school's trust-box process. */
        SchoolSettings: {
            /**
             * Format: int32
             * @description The school's answer target for anonymous appeals, in working days.
             */
            anonymous_target_working_days: number;
            /**
             * Format: int32
             * @description Answer deadline for signed appeals, in working days.
             */
            answer_deadline_working_days: number;
            /** @description `ky`, `ru` or `en`. */
            default_language: string;
            /**
             * Format: int32
             * @description The box is opened at least once per this many months.
             */
            opening_interval_months: number;
            /**
             * Format: int32
             * @description How many working-group members must confirm an opening.
             */
            opening_quorum: number;
            /** @description IANA time zone, e.g. `Asia/Bishkek`. */
            time_zone: string;
        };
        /** @description A school, as named to its staff. */
        SchoolSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        /** @description A school and the settings of its trust-box process. */
        SchoolView: {
            /** Format: uuid */
            district_id: string;
            /** Format: uuid */
            id: string;
            name: string;
            settings: components["schemas"]["SchoolSettings"];
            slug: string;
        };
        /** @description A staff account as its school's administration sees it. */
        StaffView: {
            active: boolean;
            full_name: string;
            /** Format: uuid */
            id: string;
            login: string;
            position: string;
            roles: components["schemas"]["Role"][];
        };
        /** @description A new access token and the refresh token that replaces the previous one. */
        TokenPair: {
            access_token: string;
            /**
             * Format: int64
             * @description Seconds until the access token expires.
             */
            expires_in: number;
            refresh_token: string;
            /** @description Always `Bearer`. */
            token_type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `login_throttled` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Signed out (also when the token was unknown) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_token` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description `database_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `unauthorized`, `token_expired` or `invalid_token` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_school: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug, e.g. `school-31` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolView"];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: staff of another school */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"][];
                };
            };
            /** @description `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
