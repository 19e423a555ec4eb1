/**
 * Generated from openapi/openapi.json by `npm run generate`. Do not edit by hand.
 */

export interface paths {
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Urgent appeals waiting sealed in the box, for the director and the working group: the day
         *     and the channel, never the content. The group may hold an extraordinary opening at once.
         */
        get: operations["list_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school's appeals as staff see them before anyone may read them: the day, the channel,
         *     the status and the urgent flag — never what they say.
         */
        get: operations["list_school_appeals"];
        put?: never;
        /**
         * Drops an appeal into a school's trust box. No account, no cookie, nothing about the
         *     client is kept.
         * @description The answer carries the receipt — shown once, the only way back to the appeal. An
         *     `Idempotency-Key` header makes a retry return the first answer instead of a second appeal.
         *     Obscene language alone is refused with the words that caused it; danger signals are
         *     accepted whatever else the text holds, and flag the appeal urgent.
         */
        post: operations["submit_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The writer follows their appeal with the receipt: its status in plain words and the
         *     school's answers.
         * @description The receipt is looked up by its keyed hash; guessing is rate limited.
         */
        post: operations["track_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/track/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes a photo, screenshot or PDF for the writer's reply, through their receipt (in the
         *     `Receipt` header). Cleaned and sealed as the reply will be; the reply names it in `files`.
         */
        post: operations["take_file_for_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/track/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The writer adds to their appeal through the receipt. The message is screened like an
         *     appeal and stays sealed until the next opening.
         */
        post: operations["reply_to_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appeal. While it is sealed in the box nobody — director, administrator, anyone — gets
         *     its content: the answer is `appeal_sealed`.
         */
        get: operations["get_appeal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The school's audit trail (clause 4), newest first: sign-ins, role changes, every read of
         *     appeal content, assignments. For the director and the district office; reading it is
         *     itself an entry of the trail. Entries about an appeal that concerns the reader are left out.
         */
        get: operations["list_audit_trail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         *     as known ones. A member who has turned on a second factor also sends `one_time_code`:
         *     without it the answer is `second_factor_required`, with a wrong or used one
         *     `invalid_second_factor` (counted as a failure).
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
         * @description A refresh token works once: presenting it again revokes every token of that sign-in —
         *     except within ten seconds of its first use, when it is the same request again (a second
         *     tab, a retry after a lost answer) and gets the same new refresh token. A sign-in ends 12
         *     hours after it began, however often it is refreshed.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchanges a service account's client id and secret for an access token limited to its
         *     scopes (OAuth 2.0 client credentials grant, as JSON).
         */
        post: operations["issue_service_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school's openings, newest first. */
        get: operations["list_openings"];
        put?: never;
        /**
         * A working-group member starts an opening of the school's box; they are its first
         *     confirmation. Nothing is visible until the quorum has confirmed. When the box is sealed to
         *     the working group, the member's box passphrase gives their share of the box key.
         */
        post: operations["start_opening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An opening: who has confirmed and signed, and how many are still needed. */
        get: operations["get_opening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gives an opening up before its act is signed: every appeal goes back into the box,
         *     sealed as before.
         */
        post: operations["abandon_opening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The director acknowledges the signed act (clause 2.4); the acknowledgement is a journal
         *     entry.
         */
        post: operations["acknowledge_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/act": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed act of an opening: number, date and time, members, counts, the registration
         *     numbers given and the journal head — what a paper act carries.
         */
        get: operations["get_act"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appeals taken out of the box, with their text, for the members who confirmed, while
         *     the opening is open. A signed writer's identity is not shown. Every read is recorded in
         *     the audit trail.
         */
        get: operations["list_retrieved_appeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/appeals/{appeal_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member adds a photo of a paper note, taken at the opening, to the note entered for it
         *     (5 at most). Cleaned like a writer's file; the body is the photo itself.
         */
        post: operations["add_paper_photo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/appeals/{appeal_id}/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One photo, screenshot or PDF sent with an appeal of the opening (or with a writer's message
         *     on it), for the members who confirmed, while the opening is open. Served as a download in a
         *     sandbox; every read is recorded in the audit trail.
         */
        get: operations["get_retrieved_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/appeals/{appeal_id}/set-aside": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member sets an appeal of the opening aside as not accepted (obscene language under
         *     clause 3.3, or not an appeal): it is counted in the act, not registered.
         */
        post: operations["set_appeal_aside"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Another working-group member confirms the opening. When the quorum has confirmed, every
         *     sealed appeal of the school is retrieved into this opening. When the box is sealed to the
         *     working group, each member's box passphrase gives their share, and the box opens when the
         *     key's threshold of shares is in: the key is rebuilt in memory, the retrieved appeals are
         *     opened, and a new key is made for the group as it stands. The body may be left out for a
         *     box without a box key.
         */
        post: operations["confirm_opening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/district-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The district administrator gives the district office's share of the school's box key to
         *     an opening, with the district's box passphrase: with quorum − 1 members' shares the box
         *     opens (for a school whose members have left). The district alone never can. Recorded in
         *     the district's audit trail; the district reads nothing of the appeals.
         */
        post: operations["give_district_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/paper-appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member enters a paper note found in the physical box: its text or a faithful summary,
         *     screened like an online appeal; `not_accepted` sets it aside at once.
         */
        post: operations["add_paper_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-openings/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member who confirmed signs the act. With the quorum's signatures the act is frozen: its
         *     number, the registration numbers given in order, the journal entries and the journal head.
         */
        post: operations["sign_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox of cases: for the director every registered appeal of the school (except any
         *     that concerns them), for an official those assigned to them, for the district office those
         *     routed or referred to it — each with what it needs: assignment, approval, a referral, or
         *     the deadline. Never the content.
         */
        get: operations["list_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case in full — the text, the writer's messages, answers, internal notes, measures,
         *     referrals — for the director, the assigned official, and the district office when it was
         *     referred to it. The writer's identity only for those who handle it. Every read is recorded
         *     in the audit trail.
         */
        get: operations["get_case"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The answer to the writer: the official's draft waits for the director's approval; the
         *     director may answer and approve at once (`approve: true`).
         */
        post: operations["add_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/answers/{answer_id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The director approves a drafted answer: the writer reads it through the receipt from now
         *     on, and a signed writer who gave an e-mail address gets a short notice without any text.
         */
        post: operations["approve_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The director assigns the competent official — never the person the appeal concerns. A
         *     reassignment is a new journal entry, never an edit.
         */
        post: operations["assign_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes the case with its outcome. An urgent appeal is closed only after a referral, or
         *     with the reason why none was needed.
         */
        post: operations["close_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/concerned-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The appeal concerns a staff member: from now on they can neither handle nor see it; if it
         *     was assigned to them it is unassigned; if they are the director, the district office
         *     directs it instead. The working group may record this during the opening.
         */
        post: operations["mark_concerned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One photo, screenshot or PDF of the case (sent with the appeal or with a writer's message
         *     the case shows), for those who may read the case. Served as a download in a sandbox; every
         *     read is recorded in the audit trail.
         */
        get: operations["get_case_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A measure taken — what, by whom, when — recorded in the journal's "measures taken" column. */
        post: operations["add_measure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal note for those handling the case. Its kind keeps it from the writer. */
        post: operations["add_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refers the appeal to a competent body of the catalogue (clause 3.4): when, how, and the
         *     body's own reference. A referral to the district education office lets that district's
         *     officers read the appeal.
         */
        post: operations["refer_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals/{referral_id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The body's reply to a referral, recorded in the journal (the reply itself is sealed). */
        post: operations["record_referral_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/box-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The district administrator sets the district office's box passphrase: the office's key
         *     pair is made, and — when the district holds a share (its settings) — every box key made
         *     from now on gives it one share, so that the district and quorum − 1 members can open a
         *     box whose members have left. The district alone never can. The recovery code is answered
         *     once.
         */
        post: operations["set_district_box_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/box-key/passphrase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The district administrator changes the district office's box passphrase, with the current
         *     one or — when it is lost — the recovery code (which works once: a new one is answered after
         *     it was used). The office's key stays the same, so the shares it already holds still open.
         */
        post: operations["change_district_box_passphrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/journal-heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal head (last number and hash) of every school of the district. The district
         *     stores them: a later `GET /journal/verify` must still contain each, so it witnesses that
         *     no school rewrote its history.
         */
        get: operations["list_journal_heads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/openings-awaiting-quorum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The openings of the district's schools still waiting for their quorum, for the district
         *     administrator to give the office's share to (a school whose members have left). Says of
         *     each whether the share is given already; nothing of the appeals.
         */
        get: operations["openings_awaiting_district_share"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every school of the district at a glance: the box, the last month's report, open,
         *     overdue and unreferred urgent appeals, and the journal.
         */
        get: operations["get_district_overview"];
        put?: never;
        /**
         * Creates a school of the district with its first director; the answer carries the
         *     director's first password, shown this once.
         */
        post: operations["create_district_school"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district's service accounts (never their secrets). */
        get: operations["list_service_accounts"];
        put?: never;
        /**
         * Creates a service account for the district's own systems. The answer carries the client
         *     secret, shown this once.
         */
        post: operations["create_service_account"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes a service account: its tokens stop working at once. */
        delete: operations["revoke_service_account"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district's settings: whether directors and district officers must sign in with a
         *     second factor, and the helplines the public pages show.
         */
        get: operations["get_district_settings"];
        /**
         * Changes the district's settings (a list of helplines replaces the current one). Requiring a
         *     second factor takes effect at once: a director, district officer or (when required of the
         *     group) working-group member without one can, from their next request, only turn it on.
         */
        put: operations["put_district_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district's figures of a month, summed over its schools, by category and body, and
         *     the trend of the last twelve months. Every count from 1 to 2 is shown as "<3".
         */
        get: operations["get_district_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district's webhook subscriptions, with what waits to be delivered and what failed. */
        get: operations["list_webhooks"];
        put?: never;
        /**
         * Subscribes an address to the district's events. The answer carries the signing secret,
         *     shown this once. A district has at most
         *     [`MAX_SUBSCRIPTIONS_PER_DISTRICT`](crate::webhooks::store::MAX_SUBSCRIPTIONS_PER_DISTRICT)
         *     active subscriptions.
         */
        post: operations["subscribe_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{slug}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stops a subscription: nothing more is sent to it, and what waited is dropped. */
        delete: operations["remove_webhook"];
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
    "/api/v1/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The school's journal: one row per registered appeal, in registration order, with the
         *     regulation's columns and no appeal text. A row about the reader shows neither its official
         *     nor its measures, only where it is handled.
         */
        get: operations["list_journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recomputes the school's journal and checks it against every head recorded in its acts:
         *     an edited, deleted, reordered or re-hashed history is found, with the first entry that
         *     is wrong.
         */
        get: operations["verify_journal"];
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
        /**
         * Who the signed-in staff member is: name, position, roles, school and district, and
         *     their second factor (answered also while the district requires one not yet turned on).
         */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/box-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller has set a box passphrase, and holds a share of their school's box key. */
        get: operations["get_my_box_key"];
        put?: never;
        /**
         * A working-group member sets their box passphrase: their key pair for the box is made, its
         *     private half stored only wrapped under the passphrase and under a one-time recovery code,
         *     which is answered here once. When enough members have one to reach the quorum, the school
         *     gets its first box key.
         */
        post: operations["set_my_box_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/box-key/passphrase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member changes their box passphrase, with the current one or — when it is lost — the
         *     recovery code; a recovery code works once, so a new one is answered after it was used.
         */
        post: operations["change_box_passphrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The member changes their own password, typing the current one: a password someone else
         *     set (at creation or in a reset) need not stay known to them. Every session of the member
         *     ends, this one included: they sign in again with the new password.
         */
        post: operations["change_own_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the signed-in member's second factor is on, whether their district requires it,
         *     and how many recovery codes they have left.
         */
        get: operations["two_factor_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turns the second factor on with a first code from the app, and answers the ten recovery
         *     codes, shown this once.
         */
        post: operations["confirm_two_factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts turning on the second factor: a new secret for the member's authenticator app,
         *     shown this once. It takes effect when a first code confirms it
         *     (`/me/two-factor/confirmation`); starting again replaces an unconfirmed secret.
         */
        post: operations["start_two_factor_enrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new set of recovery codes in place of the old ones (used or not), shown this once;
         *     takes a current code from the app (or one of the old recovery codes).
         */
        post: operations["renew_recovery_codes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turns the member's second factor off, with their password and a current code (or a
         *     recovery code). Refused while their district requires it.
         */
        post: operations["remove_two_factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referral-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The competent bodies a school refers appeals to, named in Kyrgyz, Russian and English:
         *     those every school has, then the school's own.
         */
        get: operations["list_referral_bodies"];
        put?: never;
        /** A school adds a competent body of its own to its catalogue, named in three languages. */
        post: operations["add_referral_body"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school's report of a month with its full figures: the newest version (or the one
         *     asked for), or live figures while the month runs or before its draft is made.
         */
        get: operations["get_monthly_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Saves the narrative of the month's draft and refreshes its figures from the data. When
         *     the month is already published this starts a correction, a new version, and `changes`
         *     must say what it changes.
         */
        put: operations["save_report_draft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full report as CSV or XLSX. Every export is in the audit trail. */
        get: operations["export_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publishes the month's draft: its figures are made once more, frozen with the journal's
         *     head, shown to parents (small counts hidden) and announced to the district.
         */
        post: operations["publish_report"];
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
    "/api/v1/schools/{slug}/box-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The school's box key: protected or not yet, its fingerprint (the one on the poster), the
         *     threshold, and which members have set a passphrase and hold a share.
         */
        get: operations["get_school_box_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/box-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the school's box is opened as often as its interval requires and, for the
         *     director and the working group only, how many appeals dropped before today wait in it.
         */
        get: operations["get_box_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes a photo, screenshot or PDF for an appeal about to be dropped into a school's box.
         *     The body is the file itself; its type is decided from its bytes. The file is written again
         *     without what identifies its maker (EXIF, GPS, camera serial, thumbnails, document
         *     information, XMP) and sealed like the appeal; the drop names it in `files` within a day.
         *     Nothing about the client or the file's name is kept.
         */
        post: operations["take_file_for_drop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The school's public holidays: answer deadlines count working days and skip them. */
        get: operations["list_school_holidays"];
        /**
         * Replaces the school's public holidays (for example to add Orozo Ait and Kurman Ait, whose
         *     dates move each year). Deadlines of appeals registered from now on skip them; deadlines
         *     already given stay as they were.
         */
        put: operations["put_school_holidays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What anyone may know of a school's trust box: its name, district, language, how often it
         *     is opened, and where to get help right now. Public. The names are in the language asked for
         *     (`?lang=`; the school's language when absent), with every language's beside them.
         */
        get: operations["get_public_school"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/reports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The parents' version of a school's published report of a month (`latest` for the newest
         *     month published): no appeal text, counts from 1 to 2 shown as "<3". The school's name and
         *     the narrative are in the language asked for (`?lang=`), else in the school's language.
         *     Public.
         */
        get: operations["get_parents_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/screening-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The words a school added to its screening or allowed through it. */
        get: operations["list_screening_words"];
        put?: never;
        /**
         * Adds a word to the school's obscene list (`block`), or lets a word through it (`allow`).
         *     Recorded in the audit trail.
         */
        post: operations["put_screening_word"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/screening-words/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes one of the school's own screening words. Recorded in the audit trail. */
        delete: operations["remove_screening_word"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Changes the school's name and the settings of its process: the opening quorum and
         *     interval, the answer deadlines, the language, the time zone and how long closed appeals
         *     are kept. Deadlines already given
         *     stay as they were.
         */
        put: operations["put_school_settings"];
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
        /**
         * Creates a staff account of the school with its roles; the answer carries the first
         *     password, shown this once. Nobody grants a role above their own.
         */
        post: operations["create_staff_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/working-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members of the school's working group, who open the box together. */
        get: operations["list_working_group"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{slug}/working-group/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Names a staff member of the school to the working group. Recorded in the audit trail. */
        put: operations["add_working_group_member"];
        post?: never;
        /** Removes a member from the working group. Recorded in the audit trail. */
        delete: operations["remove_working_group_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivates a member's account: they are signed out at once and can no longer sign in.
         *     Their name stays on what they did.
         */
        post: operations["deactivate_staff_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gives a member a new password (shown this once) and signs them out everywhere. */
        post: operations["reset_staff_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Changes a member's position, in the school's language and in each other language. The
         *     journal and the signed acts keep the position as it was when they were written. Recorded in
         *     the audit trail.
         */
        put: operations["set_staff_position"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets the roles a member holds: the ones added and the ones taken away must both be
         *     within the caller's reach, and nobody changes their own.
         */
        put: operations["set_staff_roles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/two-factor-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes away a member's second factor when they have lost their phone and their recovery
         *     codes: they are signed out everywhere and sign in with their password alone, then turn it
         *     on again. Nobody resets their own: they turn it off themselves.
         */
        post: operations["reset_staff_two_factor"];
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
        /** @description The frozen act of an opening: what a paper act carries. */
        Act: {
            /** Format: date-time */
            acknowledged_at?: string | null;
            acknowledged_by?: string | null;
            counts: components["schemas"]["ActCounts"];
            extraordinary: boolean;
            journal_head?: null | components["schemas"]["ChainHead"];
            /** @description `ky`, `ru` or `en`: the language the act is printed in. */
            language: string;
            members: components["schemas"]["ActMember"][];
            /** @example 2026/07 */
            number: string;
            /** Format: date-time */
            opened_at: string;
            /** Format: uuid */
            opening_id: string;
            /** @description The registration numbers given, in order. */
            registration_numbers: string[];
            school_name: string;
            /** Format: date-time */
            signed_at: string;
            /** @description The school's IANA time zone, in which the act's times are printed. */
            time_zone?: string;
        };
        /**
         * @description How many appeals an act found. `online` and `paper` count everything found, accepted or
         *     not; `registered` = found − not accepted.
         */
        ActCounts: {
            /** Format: int64 */
            not_accepted_not_an_appeal: number;
            /** Format: int64 */
            not_accepted_obscene_language: number;
            /** Format: int64 */
            online: number;
            /** Format: int64 */
            paper: number;
            /** Format: int64 */
            registered: number;
            /** Format: int64 */
            urgent: number;
        };
        /** @description A member as the act names them. */
        ActMember: {
            full_name: string;
            position: string;
            /** Format: date-time */
            signed_at: string;
        };
        /** @description An alert for the director and the working group, without any content. */
        Alert: {
            /** Format: uuid */
            appeal_id: string;
            channel: components["schemas"]["Channel"];
            kind: components["schemas"]["AlertKind"];
            /** Format: date */
            submitted_on: string;
        };
        /**
         * @description What a staff alert is about.
         * @enum {string}
         */
        AlertKind: "urgent_appeal";
        /**
         * @description A category of an appeal; an appeal may carry several.
         * @enum {string}
         */
        AppealCategory: "non_discrimination" | "best_interests" | "right_to_be_heard" | "freedom_of_expression" | "freedom_of_thought" | "privacy" | "protection_from_violence" | "alternative_care" | "disability" | "health" | "standard_of_living" | "education" | "aims_of_education" | "leisure_and_play" | "child_labour" | "drugs" | "sexual_exploitation" | "other_exploitation" | "detention_and_punishment" | "recovery" | "proposal" | "gratitude" | "other";
        /** @description A page of appeals. */
        AppealList: {
            items: components["schemas"]["AppealSummary"][];
            /** Format: int64 */
            total: number;
        };
        /** @description What the writer gets back: the receipt, shown once, and what happens next. */
        AppealReceipt: {
            /**
             * Format: int32
             * @description The answer is due within this many working days of registration.
             */
            answer_within_working_days: number;
            /**
             * Format: int32
             * @description The box is opened at least once per this many months.
             */
            opening_interval_months: number;
            /**
             * @description 16 digits in groups of four: the only way back to the appeal.
             * @example 1234-5678-9012-3456
             */
            receipt: string;
            status: components["schemas"]["AppealStatus"];
            /**
             * Format: date
             * @description The day it was dropped, in the school's time zone.
             */
            submitted_on: string;
            /**
             * @description Danger signals were found, or the writer said they are in danger: the director and
             *     the working group have been alerted.
             */
            urgent: boolean;
        };
        /**
         * @description Where an appeal is in its life (DESIGN.md §3).
         * @enum {string}
         */
        AppealStatus: "sealed" | "retrieved" | "registered" | "assigned" | "answered" | "closed" | "not_accepted";
        /** @description An appeal in a staff list: never its content. */
        AppealSummary: {
            channel: components["schemas"]["Channel"];
            /** Format: uuid */
            id: string;
            status: components["schemas"]["AppealStatus"];
            /** Format: date */
            submitted_on: string;
            urgent: boolean;
        };
        /** @description The director assigns the competent official. */
        AssignCase: {
            /** Format: uuid */
            official_id: string;
        };
        /** @description A file with an appeal or a message, as staff who may read it see it listed. */
        AttachedFile: {
            /** Format: int64 */
            byte_size: number;
            /** Format: uuid */
            id: string;
            /** @example image/jpeg */
            media_type: string;
        };
        /** @description A page of the trail, newest first. */
        AuditPage: {
            rows: components["schemas"]["AuditRow"][];
            /** Format: int64 */
            total: number;
        };
        /** @description One entry of the audit trail: who did what, when. Never appeal content. */
        AuditRow: {
            /** @example appeal_content_read */
            action: string;
            /** @description The login of who acted; `null` for the system itself. */
            actor_login?: string | null;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurred_at: string;
            /** Format: int64 */
            seq: number;
            /** @example appeal:1f0c… */
            subject?: string | null;
        };
        /** @description A holder of the school's box key, as the group and the district see it. */
        BoxKeyHolder: {
            full_name: string;
            /** @description A box passphrase is set. */
            has_passphrase: boolean;
            /** @description Holds a share of the current key. */
            holds_share: boolean;
            position: string;
        };
        /** @description The passphrase was changed; after a recovery code, a new recovery code is shown once. */
        BoxPassphraseChanged: {
            recovery_code?: string | null;
        };
        /** @description Whether a school's box is opened as often as it must be. */
        BoxStatus: {
            /**
             * Format: date
             * @description The last day by which the next opening is due.
             */
            due_by: string;
            /**
             * Format: date
             * @description The day of the last signed act, in the school's time zone.
             */
            last_opened_on?: string | null;
            /**
             * Format: uuid
             * @description The opening in progress, if any.
             */
            opening_in_progress?: string | null;
            overdue: boolean;
            school: string;
            /**
             * Format: int64
             * @description Appeals waiting sealed in the box that were dropped before today (today's count from
             *     tomorrow); `null` for roles other than the director and the working group.
             */
            sealed_appeals?: number | null;
            /**
             * Format: int64
             * @description How many of those are urgent; `null` likewise.
             */
            urgent_sealed_appeals?: number | null;
        };
        /** @description A case in full, for those allowed to read it. Reading it is recorded in the audit trail. */
        CaseFile: {
            /**
             * @description For those directing: who the case can be assigned to — active staff of the school (and,
             *     for an appeal routed up, the district's officers), without those it concerns.
             */
            assignable: components["schemas"]["StaffRef"][];
            /** Format: date */
            closed_on?: string | null;
            /** @description Staff the appeal concerns: they can neither handle nor see it. */
            concerned_staff: components["schemas"]["StaffRef"][];
            /** @description The danger signals screening found. */
            danger: string[];
            /**
             * Format: date
             * @description The day the text, the writer and the conversation were erased after the school's
             *     retention period; the journal keeps the case's row.
             */
            erased_on?: string | null;
            /**
             * @description The photos, screenshots and PDFs sent with the appeal (read one by one; each read is
             *     recorded).
             */
            files: components["schemas"]["AttachedFile"][];
            /** @description The language the writer wrote in: the answer is written in it. */
            language: components["schemas"]["Language"];
            measures: components["schemas"]["CaseMeasure"][];
            messages: components["schemas"]["CaseMessage"][];
            needs_referral: boolean;
            outcome?: null | components["schemas"]["Outcome"];
            referrals: components["schemas"]["CaseReferral"][];
            routed_to_district: boolean;
            summary: components["schemas"]["CaseSummary"];
            text: string;
            writer?: null | components["schemas"]["Submitter"];
            your_part: components["schemas"]["CasePart"];
        };
        /**
         * @description Why a case asks for attention.
         * @enum {string}
         */
        CaseFlag: "unassigned" | "assigned_to_you" | "answer_awaiting_approval" | "urgent_without_referral" | "overdue" | "due_soon" | "routed_to_district" | "referred_to_district";
        /** @description A page of cases. */
        CaseList: {
            items: components["schemas"]["CaseSummary"][];
            /** Format: int64 */
            total: number;
        };
        /** @description A measure taken. */
        CaseMeasure: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            recorded_at: string;
            recorded_by?: null | components["schemas"]["StaffRef"];
            summary: string;
            taken_by: string;
            /** Format: date */
            taken_on: string;
        };
        /** @description A message on a case: the writer's, an answer (draft or approved), or an internal note. */
        CaseMessage: {
            /**
             * Format: date-time
             * @description For answers: when the director approved it; the writer sees it from then on.
             */
            approved_at?: string | null;
            approved_by?: null | components["schemas"]["StaffRef"];
            author?: null | components["schemas"]["StaffRef"];
            /** @description The files the writer sent with it. */
            files: components["schemas"]["AttachedFile"][];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MessageKind"];
            text: string;
            /** Format: date-time */
            written_at?: string | null;
            /** Format: date */
            written_on: string;
        };
        /** @description What the caller may do on a case. */
        CasePart: {
            /**
             * @description Assigns, approves answers, closes: the director, or the district office for an appeal
             *     that concerns the director.
             */
            directing: boolean;
            /**
             * @description Records measures, notes, referrals and drafts the answer: the assigned official and the
             *     directing person.
             */
            handling: boolean;
        };
        /** @description A referral of a case to a competent body. */
        CaseReferral: {
            body: components["schemas"]["ReferralBody"];
            /** @description The body's own reference number. */
            body_reference?: string | null;
            /** Format: uuid */
            id: string;
            method: components["schemas"]["ReferralMethod"];
            referred_by?: null | components["schemas"]["StaffRef"];
            /** Format: date */
            referred_on: string;
            /** @description The body's reply, as recorded. */
            reply?: string | null;
            /** Format: date */
            reply_received_on?: string | null;
        };
        /**
         * @description Which cases.
         * @enum {string}
         */
        CaseState: "open" | "closed" | "all";
        /** @description A registered appeal in handling, without its content. */
        CaseSummary: {
            anonymous: boolean;
            /** Format: date */
            answer_due_on?: string | null;
            categories: components["schemas"]["AppealCategory"][];
            channel: components["schemas"]["Channel"];
            flags: components["schemas"]["CaseFlag"][];
            /** Format: uuid */
            id: string;
            official?: null | components["schemas"]["StaffRef"];
            /** Format: date */
            registered_on: string;
            /** @example 2026/14 */
            registration_number: string;
            /**
             * @description The school's slug.
             * @example school-31
             */
            school: string;
            status: components["schemas"]["AppealStatus"];
            urgent: boolean;
        };
        /** @description Registered appeals of one category. */
        CategoryCount: {
            category: components["schemas"]["AppealCategory"];
            /** Format: int64 */
            count: number;
        };
        /** @description The last entry of a chain: its sequence number and hash. */
        ChainHead: {
            hash: string;
            /** Format: int64 */
            seq: number;
        };
        /** @description Changing the box passphrase, with the old one or the recovery code. */
        ChangeBoxPassphrase: {
            /**
             * @description The current passphrase, or the recovery code (a recovery code works once: a new one
             *     is answered).
             */
            current: string;
            new_passphrase: string;
        };
        /**
         * @description Where an appeal came from.
         * @enum {string}
         */
        Channel: "online" | "paper";
        /** @description Closing a case. */
        CloseCase: {
            /** @description For an urgent appeal that was not referred: why no referral was needed. */
            no_referral_reason?: string | null;
            outcome: components["schemas"]["Outcome"];
        };
        /** @description Confirming an opening (the body may be left out when the box has no box key). */
        ConfirmOpening: {
            /**
             * @description The member's box passphrase (or recovery code): required when the school's box is
             *     sealed to the working group and the member holds a share of its key.
             */
            passphrase?: string | null;
        };
        /** @description The school and its director's first password, shown this once. */
        CreatedSchool: {
            director: components["schemas"]["StaffView"];
            initial_password: string;
            school: components["schemas"]["SchoolView"];
        };
        /** @description The account and its secret, shown this once. */
        CreatedServiceAccount: {
            account: components["schemas"]["ServiceAccountView"];
            /** @description Store it: it is not shown again. */
            client_secret: string;
        };
        /** @description An account and its first password, shown this once. */
        CreatedStaff: {
            /** @description Hand it over in person; the member changes it at the first sign-in. */
            initial_password: string;
            staff: components["schemas"]["StaffView"];
        };
        /** @description The subscription and its signing secret, shown this once. */
        CreatedWebhookSubscription: {
            /** @description The HMAC-SHA256 key of the `Ishenim-Signature` header. Store it: it is not shown again. */
            secret: string;
            subscription: components["schemas"]["WebhookSubscription"];
        };
        /** @description Every school of a district at a glance. */
        DistrictOverview: {
            district: string;
            /** @description The district's default name. */
            name: string;
            /** @description The district's name in each language that has one (else `name`). */
            names: components["schemas"]["Names"];
            /** @description The month whose reports are shown (the last finished month). */
            report_month: string;
            schools: components["schemas"]["SchoolCompliance"][];
        };
        /** @description The district office's share: its box passphrase. */
        DistrictPassphrase: {
            passphrase: string;
        };
        /**
         * @description The state of a school's report of a month, for the district.
         * @enum {string}
         */
        DistrictReportState: "missing" | "draft" | "published";
        /** @description A district's settings. */
        DistrictSettings: {
            /**
             * @description Working-group members (who hold the shares of the box's key) must sign in with a
             *     second factor too.
             */
            group_two_factor_required: boolean;
            /**
             * @description Where a child can get help right now, shown on every public page of the district's
             *     schools (the national 111, 102 and 112 unless the district set its own).
             */
            helplines: components["schemas"]["Helpline"][];
            /**
             * @description The district office holds one share of each school's box key, so that the district
             *     and quorum − 1 members can open a box whose members have left (the district alone
             *     never can). Takes effect with the next box key made.
             */
            holds_box_share: boolean;
            /** @description The district's default name: what a language without a name of its own shows. */
            name: string;
            /** @description The district's name in each language that has one. */
            names: components["schemas"]["Names"];
            /**
             * @description Directors, district officers and district administrators must sign in with a second
             *     factor (an authenticator app's code or a recovery code).
             */
            two_factor_required: boolean;
        };
        /** @description A change of a district's settings. */
        DistrictSettingsChange: {
            /** @description Whether working-group members must sign in with a second factor; absent keeps it. */
            group_two_factor_required?: boolean | null;
            /** @description A new list of helplines (1 to 6); absent keeps the current list. */
            helplines?: components["schemas"]["Helpline"][] | null;
            /** @description Whether the district office holds a share of each school's box key; absent keeps it. */
            holds_box_share?: boolean | null;
            /** @description A new default name, shown to a language without a name of its own; absent keeps it. */
            name?: string | null;
            names?: null | components["schemas"]["Names"];
            two_factor_required: boolean;
        };
        /** @description The district's figures of a month, summed over its schools, with small counts hidden. */
        DistrictStatistics: {
            answered_in_time: components["schemas"]["ShownCount"];
            answered_late: components["schemas"]["ShownCount"];
            by_category: components["schemas"]["ShownCategory"][];
            district: string;
            found: components["schemas"]["ShownCount"];
            /** Format: double */
            median_days_to_answer?: number | null;
            month: string;
            /**
             * @description The months one may ask for: the current one (its figures so far) and the twelve before
             *     it, newest first.
             */
            months: string[];
            not_accepted: components["schemas"]["ShownCount"];
            open_at_end: components["schemas"]["ShownCount"];
            /** Format: int64 */
            openings: number;
            overdue_at_end: components["schemas"]["ShownCount"];
            referrals: components["schemas"]["ShownReferral"][];
            registered: components["schemas"]["ShownCount"];
            /**
             * Format: int64
             * @description Schools on Ishenim by the end of the month (or today).
             */
            schools: number;
            /**
             * Format: int64
             * @description Of those, schools whose box was not opened during the month and was not due to be.
             */
            schools_no_opening_due: number;
            /**
             * Format: int64
             * @description Of those, schools whose box was opened during the month and never overdue.
             */
            schools_opened_as_required: number;
            /** @description Registered appeals of the twelve months up to this one. */
            trend: components["schemas"]["ShownMonth"][];
            urgent: components["schemas"]["ShownCount"];
        };
        /** @description A district, as named to its staff. */
        DistrictSummary: {
            /** Format: uuid */
            id: string;
            /** @description The district's default name. */
            name: string;
            /** @description The name in each language that has one (else `name`). */
            names: components["schemas"]["Names"];
            slug: string;
        };
        /** @description Appeals refused at the door for one reason. */
        DoorRefusalCount: {
            /** Format: int64 */
            count: number;
            reason: components["schemas"]["DoorRefusalReason"];
        };
        /**
         * @description Why an appeal was refused at the door.
         * @enum {string}
         */
        DoorRefusalReason: "obscene_language";
        /**
         * @description The kinds of event a district can subscribe to.
         * @enum {string}
         */
        EventType: "appeal.urgent" | "case.referred_to_district" | "report.published" | "box.overdue" | "appeal.urgent_not_referred";
        /** @description A member of the working group who has not yet joined an opening in progress. */
        ExpectedMember: {
            full_name: string;
            position: string;
            /** Format: uuid */
            user_id: string;
        };
        /**
         * @description The export formats of a report.
         * @enum {string}
         */
        ExportFormat: "csv" | "xlsx";
        /** @description One failing field of a request. */
        FieldError: {
            /** @description A stable code, e.g. `required`, `length`, `invalid_type`. */
            code: string;
            /** @description The field's path in the request body, e.g. `submitter.contact`. */
            field: string;
            message: string;
        };
        /**
         * Format: binary
         * @description A file's bytes, as sent or as served.
         */
        FileBytes: Blob;
        /** @description The district office's share, given with the district's box passphrase. */
        GiveDistrictShare: {
            passphrase: string;
        };
        /** @description The service is up and its database answers. */
        Health: {
            /**
             * @description Whether the danger screen is trained. It trains when the service starts (seconds to
             *     a minute); until then the service answers, and an appeal dropped meanwhile waits for
             *     the training before its receipt. A load balancer or a test can wait for `true`.
             */
            screening_ready: boolean;
            /** @description Always `ok`. */
            status: string;
        };
        /** @description A number to call for help, named in the three languages of the box. */
        Helpline: {
            /** @example Children's helpline (free, 24/7) */
            label_en: string;
            /** @example Балдардын ишеним телефону (акысыз, 24/7) */
            label_ky: string;
            /** @example Детский телефон доверия (бесплатно, 24/7) */
            label_ru: string;
            /**
             * @description What a phone dials: digits, optionally a leading `+`, spaces or hyphens (`111`,
             *     `+996 312 62 12 12`).
             * @example 111
             */
            number: string;
        };
        /** @description A public holiday of the school's calendar. */
        Holiday: {
            /** Format: date */
            day: string;
            name: string;
        };
        /** @description The school's public holidays: deadlines skip them. */
        HolidayList: {
            holidays: components["schemas"]["Holiday"][];
        };
        /** @description The last verification of a school's journal. */
        JournalCheckView: {
            /** Format: date-time */
            checked_at: string;
            /** Format: int64 */
            entries: number;
            /** Format: int64 */
            first_invalid?: number | null;
            valid: boolean;
        };
        /** @description Every school's journal head. */
        JournalHeads: {
            items: components["schemas"]["SchoolJournalHead"][];
        };
        /** @description A measure taken on an appeal, as the journal records it. */
        JournalMeasure: {
            /** Format: date */
            recorded_on: string;
            summary: string;
        };
        /** @description The competent official of an appeal, as the journal names them. */
        JournalOfficial: {
            full_name: string;
            position: string;
        };
        /** @description A page of the journal. */
        JournalPage: {
            rows: components["schemas"]["JournalRow"][];
            /** Format: int64 */
            total: number;
        };
        /**
         * @description One registered appeal with the regulation's columns (clause 3.2) — number, date,
         *     competent official, measures taken — and no appeal text.
         */
        JournalRow: {
            anonymous: boolean;
            /** Format: uuid */
            appeal_id: string;
            categories: components["schemas"]["AppealCategory"][];
            channel: components["schemas"]["Channel"];
            /** @description The appeal concerns the reader: its official and measures are not shown to them. */
            concerns_you: boolean;
            measures: components["schemas"]["JournalMeasure"][];
            official?: null | components["schemas"]["JournalOfficial"];
            /** Format: date */
            registered_on: string;
            /** @example 2026/14 */
            registration_number: string;
            /** @description The case is handled by the district education office (it concerns the director). */
            routed_to_district: boolean;
            status: components["schemas"]["AppealStatus"];
            urgent: boolean;
        };
        /**
         * @description The language of the writer's pages.
         * @enum {string}
         */
        Language: "ky" | "ru" | "en";
        /** @description A staff member's credentials. */
        LoginRequest: {
            /** @example demo.director */
            login: string;
            /**
             * @description The code from the authenticator app, or a recovery code, when the member has turned on
             *     a second factor (asked for by `second_factor_required`).
             * @example 123456
             */
            one_time_code?: string | null;
            password: string;
        };
        /** @description The appeal concerns a staff member. */
        MarkConcerned: {
            /** Format: uuid */
            staff_id: string;
        };
        /** @description The signed-in staff member. */
        Me: {
            district?: null | components["schemas"]["DistrictSummary"];
            full_name: string;
            /** Format: uuid */
            id: string;
            login: string;
            /**
             * @description Someone else chose this working-group member's password: until they choose their own
             *     (`POST /me/password`), only their own account can be used (`password_change_required`).
             */
            password_change_required: boolean;
            position: string;
            roles: components["schemas"]["Role"][];
            school?: null | components["schemas"]["SchoolSummary"];
            /** @description The member's second factor. */
            two_factor: components["schemas"]["TwoFactorState"];
        };
        /**
         * @description What a message is. Who may read it follows from its kind, never from a flag.
         * @enum {string}
         */
        MessageKind: "writer_message" | "answer" | "internal_note";
        /** @description The figures of a month, made from the data (clause 2.6). */
        MonthlyFigures: {
            /**
             * Format: int64
             * @description Answers approved during the month by their deadline.
             */
            answered_in_time: number;
            /**
             * Format: int64
             * @description Answers approved during the month after their deadline.
             */
            answered_late: number;
            /** @description Registered appeals by Convention category (an appeal may count in several). */
            by_category: components["schemas"]["CategoryCount"][];
            /**
             * Format: date
             * @description The last day the figures count.
             */
            counted_until: string;
            /**
             * Format: int64
             * @description Appeals found at the month's openings, dropped online.
             */
            found_online: number;
            /**
             * Format: int64
             * @description Paper notes found at the month's openings.
             */
            found_paper: number;
            /**
             * Format: double
             * @description Median calendar days from registration to the approved answer, over the month's answers.
             */
            median_days_to_answer?: number | null;
            /** @description Found but not accepted, by reason. */
            not_accepted: components["schemas"]["ReasonCount"][];
            /**
             * Format: int64
             * @description Registered appeals not closed at the end of the month (or today, for the month running).
             */
            open_at_end: number;
            /** @description The openings signed during the month. */
            openings: components["schemas"]["OpeningHeld"][];
            /**
             * Format: int64
             * @description Of those, the ones past their deadline without an answer.
             */
            overdue_at_end: number;
            /** @description Referrals made during the month, by body. */
            referrals: components["schemas"]["ReferralCount"][];
            /**
             * @description Appeals refused at the door during the month (nothing of them is kept), by reason:
             *     a jump shows a school whose screening refuses what it should not.
             */
            refused_at_the_door?: components["schemas"]["DoorRefusalCount"][];
            /**
             * Format: int64
             * @description Registered in the journal during the month.
             */
            registered: number;
            /**
             * Format: int64
             * @description Registered appeals that came with photos, screenshots or PDFs (counted; no file ever
             *     reaches a report).
             */
            registered_with_files?: number;
            /**
             * Format: int64
             * @description Schools counted (1 for a school's report).
             */
            schools: number;
            /**
             * Format: int64
             * @description Schools whose box was not opened during the month and was not due to be: new on
             *     Ishenim, a longer interval, or the month still running before the due day.
             */
            schools_no_opening_due?: number;
            /**
             * Format: int64
             * @description Schools whose box was opened during the month and never overdue (opened as often as
             *     their interval requires).
             */
            schools_opened_as_required: number;
            /**
             * Format: int64
             * @description Registered appeals flagged urgent.
             */
            urgent: number;
        };
        /** @description A school's report of a month. */
        MonthlyReport: {
            /** @description What this version changed (a correction). */
            changes?: string | null;
            /** @description Whether the caller may edit the narrative and publish. */
            editable: boolean;
            figures: components["schemas"]["MonthlyFigures"];
            journal_head?: null | components["schemas"]["ChainHead"];
            /** @description The school's language, in which `narrative` is written: the one the editor asks first. */
            language: string;
            /** @description Not published and past `publish_by`; or published after it. */
            late: boolean;
            /** @description `YYYY-MM`. */
            month: string;
            /** @description The social pedagogue's words for the meeting and the parents, in the school's language. */
            narrative: string;
            /** @description The narrative in each language that has one (else `narrative`). */
            narratives: components["schemas"]["Narratives"];
            /**
             * Format: date
             * @description The day the report is to be published by (the 5th of the next month).
             */
            publish_by: string;
            /** Format: date-time */
            published_at?: string | null;
            school: string;
            /** @description The school's name in its language. */
            school_name: string;
            /** @description The school's name in each language that has one (else `school_name`). */
            school_names: components["schemas"]["Names"];
            status: components["schemas"]["ReportStatus"];
            /** Format: date-time */
            updated_at?: string | null;
            /**
             * Format: int32
             * @description 0 for a preview.
             */
            version: number;
            /** @description Every version of the month, newest first. */
            versions: components["schemas"]["ReportVersionSummary"][];
        };
        /** @description Whether the caller has a box key of their own. */
        MyBoxKey: {
            /** @description A box passphrase is set: the caller holds a key pair for the box. */
            has_key: boolean;
            /**
             * @description The caller holds a share of their school's current box key. A member named after the
             *     key was made receives a share of the next one, made at an opening.
             */
            holds_share: boolean;
            /** @description The caller's school has a box key (appeals are sealed to the working group). */
            school_protected: boolean;
        };
        /**
         * @description A school's or a district's name in each language that has one (`null` or absent: none
         *     of its own, the name in the school's language is shown).
         */
        Names: {
            en?: string | null;
            ky?: string | null;
            ru?: string | null;
        };
        /**
         * @description The parents' narrative in each language that has one (`null` or absent: none of its
         *     own, the narrative in the school's language is shown).
         */
        Narratives: {
            en?: string | null;
            ky?: string | null;
            ru?: string | null;
        };
        /**
         * @description The answer to the writer: a draft for the director's approval, or — from the director —
         *     approved at once.
         */
        NewAnswer: {
            /** @description Approve it at once (the director answering directly). */
            approve?: boolean;
            text: string;
        };
        /** @description A new school of the district and its first director. */
        NewDistrictSchool: {
            /** @description `ky`, `ru` or `en`. */
            default_language: string;
            director: components["schemas"]["NewStaffMember"];
            /**
             * @description The name in the school's language (`default_language`), for clients that send one
             *     name; `names` is preferred and wins where both give that language.
             */
            name?: string | null;
            names?: null | components["schemas"]["Names"];
            /** @description Lowercase letters, digits and `-`: the address of its public page, `/s/{slug}`. */
            slug: string;
            /** @description An IANA time zone; `Asia/Bishkek` when absent. */
            time_zone?: string | null;
        };
        /**
         * @description A measure taken: what, by whom, when. It goes into the journal, which many staff read:
         *     name no child in it.
         */
        NewMeasure: {
            summary: string;
            taken_by: string;
            /** Format: date */
            taken_on: string;
        };
        /** @description An internal note: it never reaches the writer. */
        NewNote: {
            text: string;
        };
        /** @description A referral to a competent body (clause 3.4). */
        NewReferral: {
            /**
             * Format: uuid
             * @description The body, from the catalogue; required (a request without it is answered
             *     `referral_body_required`).
             */
            body_id: string;
            body_reference?: string | null;
            method: components["schemas"]["ReferralMethod"];
            /** Format: date */
            referred_on: string;
        };
        /** @description A school adds a body of its own to the catalogue. */
        NewReferralBody: {
            name_en: string;
            name_ky: string;
            name_ru: string;
            /** @description The school's slug. */
            school: string;
        };
        /** @description A word to add to, or allow in, the school's screening. */
        NewSchoolWord: {
            rule: components["schemas"]["WordRule"];
            word: string;
        };
        /** @description A new service account. */
        NewServiceAccount: {
            name: string;
            scopes: components["schemas"]["ServiceScope"][];
        };
        /** @description A new staff account of a school. */
        NewStaffMember: {
            /** Format: email */
            email?: string | null;
            full_name: string;
            /** @description 3 to 64 characters: letters, digits, `.`, `-`, `_`. */
            login: string;
            /**
             * @description The position in the school's language, for clients that send one; `positions` is
             *     preferred and wins where both give that language.
             */
            position?: string | null;
            positions?: null | components["schemas"]["Positions"];
            roles: components["schemas"]["Role"][];
        };
        /** @description A new subscription. */
        NewWebhookSubscription: {
            events: components["schemas"]["EventType"][];
            /** @description An `https://` (or, inside a private network, `http://`) address that accepts POST. */
            url: string;
        };
        /**
         * @description Why an appeal found in the box is not accepted.
         * @enum {string}
         */
        NotAcceptedReason: "obscene_language" | "not_an_appeal";
        /** @description A code from the authenticator app (or, where said, a recovery code). */
        OneTimeCode: {
            /** @example 123456 */
            code: string;
        };
        /**
         * @description An opening of one of the district's schools waiting for its quorum, as the district
         *     administrator chooses one to give the office's share to.
         */
        OpeningAwaitingShare: {
            /**
             * Format: int32
             * @description Shares (or confirmations) still needed before the box opens.
             */
            confirmations_needed: number;
            /** @description Whether the district office has given its share to this opening already. */
            district_share_given: boolean;
            extraordinary: boolean;
            /** Format: uuid */
            id: string;
            /** @description The school's slug. */
            school: string;
            school_name: string;
            /** Format: date-time */
            started_at: string;
            /** @description The school's time zone, in which `started_at` is shown. */
            time_zone: string;
        };
        /** @description An opening signed during the month. */
        OpeningHeld: {
            act_number?: string | null;
            extraordinary: boolean;
            /** Format: date */
            signed_on: string;
        };
        /** @description A working-group member taking part in an opening. */
        OpeningMember: {
            /** Format: date-time */
            confirmed_at: string;
            full_name: string;
            position: string;
            /** Format: date-time */
            signed_at?: string | null;
            /** Format: uuid */
            user_id: string;
        };
        /**
         * @description Where an opening is.
         * @enum {string}
         */
        OpeningStatus: "awaiting_quorum" | "open" | "signed" | "abandoned";
        /** @description An opening as the working group and the director follow it. */
        OpeningView: {
            /** Format: date-time */
            acknowledged_at?: string | null;
            /** @example 2026/07 */
            act_number?: string | null;
            /**
             * Format: int32
             * @description Confirmations still needed before the box opens.
             */
            confirmations_needed: number;
            /**
             * @description While the opening waits for its quorum: the active members of the working group who
             *     have not confirmed yet (whom to call). Empty otherwise.
             */
            expected: components["schemas"]["ExpectedMember"][];
            extraordinary: boolean;
            /** Format: uuid */
            id: string;
            members: components["schemas"]["OpeningMember"][];
            /** Format: date-time */
            opened_at?: string | null;
            /**
             * Format: int32
             * @description How many members must confirm, and sign.
             */
            quorum: number;
            school: string;
            /**
             * Format: int32
             * @description Signatures still needed before the act is frozen.
             */
            signatures_needed: number;
            /** Format: date-time */
            signed_at?: string | null;
            /** Format: date-time */
            started_at: string;
            status: components["schemas"]["OpeningStatus"];
        };
        /**
         * @description How a school kept its box during a month.
         * @enum {string}
         */
        OpeningsKept: "as_required" | "none_due" | "overdue";
        /**
         * @description How a case was closed.
         * @enum {string}
         */
        Outcome: "resolved" | "unfounded" | "referred" | "withdrawn" | "no_answer_possible";
        /** @description A paper note found in the physical box, entered during the opening. */
        PaperAppeal: {
            anonymous: boolean;
            categories?: components["schemas"]["AppealCategory"][];
            /**
             * @description The group's tick: the note says the writer is in danger now. Makes it urgent whatever
             *     its words.
             */
            in_danger?: boolean;
            not_accepted?: null | components["schemas"]["NotAcceptedReason"];
            submitter?: null | components["schemas"]["Submitter"];
            /** @description The note's text, or a faithful summary of it: 1 to 10,000 characters. */
            text: string;
        };
        /** @description The published report as parents read it: no appeal text, small counts hidden. */
        ParentsReport: {
            answered: components["schemas"]["ShownCount"];
            answered_in_time: components["schemas"]["ShownCount"];
            /** @description How the school kept its box during the month. */
            box_openings: components["schemas"]["OpeningsKept"];
            by_category: components["schemas"]["ShownCategory"][];
            changes?: string | null;
            found: components["schemas"]["ShownCount"];
            month: string;
            /** @description The narrative in the language asked for (`?lang=`), else in the school's language. */
            narrative: string;
            /**
             * @description The language `narrative` is written in: the one asked for, or the school's when the
             *     narrative has none in it.
             */
            narrative_language: string;
            open_at_end: components["schemas"]["ShownCount"];
            /** Format: int64 */
            openings: number;
            /** Format: date-time */
            published_at?: string | null;
            /** @description Every month of the school with a published report, newest first. */
            published_months: string[];
            referred: components["schemas"]["ShownCount"];
            registered: components["schemas"]["ShownCount"];
            school: string;
            /** @description The school's name in the language asked for (`?lang=`), else in its language. */
            school_name: string;
            /** @description Registered appeals by month of the year, from the published reports. */
            trend: components["schemas"]["ShownMonth"][];
            urgent: components["schemas"]["ShownCount"];
            /** Format: int32 */
            version: number;
        };
        /** @description A member's own new password, with the current one. */
        PasswordChange: {
            current_password: string;
            new_password: string;
        };
        /** @description The member's password, asked again before their second factor changes. */
        PasswordConfirmation: {
            password: string;
        };
        /** @description A new password, shown this once. */
        PasswordReset: {
            initial_password: string;
        };
        /** @description A member's position, changed. */
        PositionChange: {
            /**
             * @description The position in the school's language, for clients that send one; `positions` is
             *     preferred and wins where both give that language.
             */
            position?: string | null;
            positions?: null | components["schemas"]["Positions"];
        };
        /**
         * @description A staff member's position in each language that has one (`null` or absent: none of its
         *     own, the position in the school's language is shown).
         */
        Positions: {
            en?: string | null;
            ky?: string | null;
            ru?: string | null;
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            /** @description The stable, machine-readable code. */
            code: components["schemas"]["ProblemCode"];
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
        /**
         * @description A problem's stable, machine-readable code.
         * @enum {string}
         */
        ProblemCode: "bad_request" | "malformed_json" | "validation_failed" | "payload_too_large" | "unsupported_media_type" | "method_not_allowed" | "not_found" | "body_timeout" | "rate_limited" | "idempotency_key_reused" | "internal_error" | "server_busy" | "database_unavailable" | "invalid_credentials" | "login_throttled" | "unauthorized" | "token_expired" | "invalid_token" | "forbidden" | "second_factor_required" | "invalid_second_factor" | "password_change_required" | "two_factor_enrolment_required" | "two_factor_already_enabled" | "two_factor_not_started" | "two_factor_not_enabled" | "two_factor_required" | "school_not_found" | "obscene_language" | "appeal_text_empty" | "appeal_text_too_long" | "contact_required" | "submitter_required" | "submitter_not_allowed" | "receipt_malformed" | "receipt_not_found" | "appeal_closed" | "too_many_messages" | "file_type_not_accepted" | "file_too_large" | "file_unreadable" | "file_not_found" | "too_many_files" | "opening_in_progress" | "not_working_group_member" | "already_confirmed" | "quorum_not_reached" | "not_confirmed" | "already_signed" | "act_signed" | "opening_abandoned" | "act_not_signed" | "already_acknowledged" | "appeal_sealed" | "share_already_given" | "box_already_open" | "box_not_protected" | "district_holds_no_share" | "box_passphrase_required" | "box_passphrase_wrong" | "box_passphrase_too_short" | "box_key_exists" | "box_key_missing" | "box_key_untrusted" | "not_directing" | "not_handling" | "appeal_state_changed" | "case_closed" | "date_in_future" | "appeal_not_registered" | "assignee_not_in_school" | "assignee_concerned" | "assignee_not_competent" | "already_assigned" | "staff_not_in_school" | "referral_body_required" | "unknown_referral_body" | "referral_reply_recorded" | "approval_requires_director" | "answer_already_approved" | "referral_required" | "month_not_over" | "month_not_started" | "month_before_school" | "report_not_drafted" | "report_already_published" | "report_changed" | "role_not_grantable" | "login_taken" | "working_group_separation" | "own_roles" | "own_account" | "slug_taken" | "too_many_webhooks";
        /** @description What the public page of a school's box shows. */
        PublicSchool: {
            /** Format: int32 */
            anonymous_target_working_days: number;
            /** Format: int32 */
            answer_deadline_working_days: number;
            /**
             * @description The fingerprint of the box key appeals are sealed to (printed on the poster, so a
             *     swapped key is seen); `null` while the box is not yet sealed to the working group.
             */
            box_key_fingerprint?: string | null;
            /** @description `ky`, `ru` or `en`. */
            default_language: string;
            /** @description The district's name in the language asked for, else its default name. */
            district_name: string;
            /** @description The district's name in each language that has one. */
            district_names: components["schemas"]["Names"];
            /**
             * @description Where to get help right now: shown on every public page, first when a child is in
             *     danger.
             */
            helplines: components["schemas"]["Helpline"][];
            /** @description The name in the language asked for (`?lang=`), else in the school's language. */
            name: string;
            /**
             * @description The name in each language that has one: a page that changes its language shows
             *     `names[lang]`, else `name` as answered without `?lang=` (the school's language).
             */
            names: components["schemas"]["Names"];
            /** Format: int32 */
            opening_interval_months: number;
            slug: string;
            /** @description The school's IANA time zone: its pages print every time in it, whatever the device's. */
            time_zone: string;
        };
        /** @description Appeals not accepted for one reason. */
        ReasonCount: {
            /** Format: int64 */
            count: number;
            reason: components["schemas"]["NotAcceptedReason"];
        };
        /** @description The one-time recovery code, shown once; print it on the key card and keep it apart. */
        RecoveryCodeShown: {
            /** @description The public key's fingerprint (what the key card prints beside the code). */
            fingerprint: string;
            recovery_code: string;
        };
        /** @description A new set of recovery codes, shown this once: each works once, in place of a code. */
        RecoveryCodes: {
            codes: string[];
        };
        /** @description A competent body of the catalogue. */
        ReferralBody: {
            /** @description A stable code for the bodies every school has; `null` for a school's own. */
            code?: string | null;
            /** @description A referral to it makes the appeal visible to the district's officers. */
            district_office: boolean;
            /** Format: uuid */
            id: string;
            name_en: string;
            name_ky: string;
            name_ru: string;
        };
        /** @description The catalogue of bodies a school refers to. */
        ReferralBodyList: {
            items: components["schemas"]["ReferralBody"][];
        };
        /** @description Referrals to one competent body. */
        ReferralCount: {
            /** Format: uuid */
            body_id: string;
            code?: string | null;
            /** Format: int64 */
            count: number;
            name_en: string;
            name_ky: string;
            name_ru: string;
        };
        /**
         * @description How an appeal was passed to a body.
         * @enum {string}
         */
        ReferralMethod: "phone" | "letter" | "email" | "in_person" | "online";
        /** @description The body's reply to a referral. */
        ReferralReply: {
            body_reference?: string | null;
            /** Format: date */
            received_on: string;
            summary: string;
        };
        /** @description A refresh token to rotate or to revoke. */
        RefreshRequest: {
            refresh_token: string;
        };
        /**
         * @description Who reads a message the writer adds.
         * @enum {string}
         */
        RepliesGoTo: "box" | "case";
        /** @description The narrative of the draft; after publication, the start of a correction. */
        ReportDraft: {
            /** @description Required when the month's report is already published: what the correction changes. */
            changes?: string | null;
            /**
             * @description The narrative in the school's language, for clients that send one; `narratives` is
             *     preferred and wins where both give that language.
             */
            narrative?: string | null;
            narratives?: null | components["schemas"]["Narratives"];
        };
        /**
         * @description Where a month's report stands.
         * @enum {string}
         */
        ReportStatus: "preview" | "draft" | "published";
        /** @description One version of a month's report, in the list of versions. */
        ReportVersionSummary: {
            /** @description What a correction changed. */
            changes?: string | null;
            /** Format: date-time */
            published_at?: string | null;
            status: components["schemas"]["ReportStatus"];
            /** Format: int32 */
            version: number;
        };
        /**
         * @description An appeal taken out of the box, readable by the members who confirmed the opening. A
         *     signed writer's identity is not shown to the working group.
         */
        RetrievedAppeal: {
            anonymous: boolean;
            categories: components["schemas"]["AppealCategory"][];
            channel: components["schemas"]["Channel"];
            /** @description Danger signals the screening found (`violence`, `self_harm` …). */
            danger: string[];
            /** @description The photos, screenshots and PDFs sent with it (read one by one; each read is recorded). */
            files: components["schemas"]["AttachedFile"][];
            /** Format: uuid */
            id: string;
            /** @description The writer answered that they are in danger now (or the group ticked it on a note). */
            in_danger: boolean;
            /** @description The language the writer wrote in (the school's language for a paper note). */
            language: components["schemas"]["Language"];
            messages: components["schemas"]["RetrievedMessage"][];
            needs_referral: boolean;
            not_accepted_reason?: null | components["schemas"]["NotAcceptedReason"];
            /** @description The screening found obscene words (possible on a paper note). */
            obscene_words: string[];
            status: components["schemas"]["AppealStatus"];
            /** Format: date */
            submitted_on: string;
            text: string;
            urgent: boolean;
        };
        /** @description A writer's later message, as the opening reads it. */
        RetrievedMessage: {
            /** @description The files the writer sent with it. */
            files: components["schemas"]["AttachedFile"][];
            text: string;
            /** Format: date */
            written_on: string;
        };
        /**
         * @description A staff role. A user can hold several.
         * @enum {string}
         */
        Role: "director" | "deputy" | "official" | "social_pedagogue" | "working_group" | "school_admin" | "district_officer" | "district_admin" | "superadmin" | "integration";
        /** @description The roles a member is to hold (replacing the ones held). */
        RoleSet: {
            roles: components["schemas"]["Role"][];
        };
        /** @description A school's box key: whether the box is protected, its fingerprint, threshold and holders. */
        SchoolBoxKey: {
            /** @description The district office holds one share. */
            district_share: boolean;
            fingerprint?: string | null;
            /** @description The working group's members. */
            members: components["schemas"]["BoxKeyHolder"][];
            /**
             * @description Appeals are sealed to the working group's key. Until enough members set a passphrase,
             *     they are sealed under the server's data key, as before: not yet protected.
             */
            protected: boolean;
            /**
             * Format: int32
             * @description The school's quorum: the members who must set a passphrase before the first key.
             */
            quorum: number;
            school: string;
            /**
             * Format: int32
             * @description How many shares open the box.
             */
            threshold?: number | null;
            /** @description The stored key is the one the journal recorded (`false` means it was replaced). */
            trusted: boolean;
        };
        /** @description One school of the district at a glance. */
        SchoolCompliance: {
            /**
             * Format: date
             * @description The day the box must be opened by.
             */
            box_due_by: string;
            box_overdue: boolean;
            journal_check?: null | components["schemas"]["JournalCheckView"];
            journal_head?: null | components["schemas"]["ChainHead"];
            /** Format: date */
            last_opened_on?: string | null;
            /** @description The name in the school's language. */
            name: string;
            /** @description The name in each language that has one (else `name`). */
            names: components["schemas"]["Names"];
            /**
             * Format: int64
             * @description Registered appeals not yet closed.
             */
            open_appeals: number;
            /**
             * Format: int64
             * @description Open appeals past their deadline without an answer.
             */
            overdue_appeals: number;
            /** @description The report of `report_month`. */
            report: components["schemas"]["DistrictReportState"];
            /** @description Not published and past the 5th, or published after it. */
            report_late: boolean;
            school: string;
            /** @description The school's IANA time zone, in which its times are printed. */
            time_zone: string;
            /**
             * Format: int64
             * @description Urgent appeals (in the box or registered) not referred by the end of the working day
             *     after they were dropped: the district should call the school.
             */
            urgent_not_referred_in_time: number;
            /**
             * Format: int64
             * @description Open urgent appeals with no referral yet.
             */
            urgent_unreferred: number;
        };
        /** @description A school's journal head, for the district to store as a witness. */
        SchoolJournalHead: {
            head?: null | components["schemas"]["ChainHead"];
            /** Format: date-time */
            read_at: string;
            school: string;
        };
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
            /**
             * Format: int32
             * @description Years after closing that an appeal's content and writer are kept, then erased.
             */
            retention_years: number;
            /** @description IANA time zone, e.g. `Asia/Bishkek`. */
            time_zone: string;
        };
        /** @description A school's settings as changed by its administration. */
        SchoolSettingsChange: {
            /** Format: int32 */
            anonymous_target_working_days: number;
            /**
             * Format: int32
             * @description Answer deadline of signed appeals in working days (the law's 14 at most).
             */
            answer_deadline_working_days: number;
            /** @description `ky`, `ru` or `en`. */
            default_language: string;
            /**
             * @description The name in the school's language (`default_language`), for clients that send one
             *     name; `names` is preferred and wins where both give that language.
             */
            name?: string | null;
            names?: null | components["schemas"]["Names"];
            /**
             * Format: int32
             * @description The box is opened at least once per this many months (1 to 3).
             */
            opening_interval_months: number;
            /**
             * Format: int32
             * @description Working-group members who must confirm an opening (2 to 9).
             */
            opening_quorum: number;
            /**
             * Format: int32
             * @description Years after closing that an appeal's content and writer are kept (1 to 25).
             */
            retention_years: number;
            /** @description An IANA time zone, e.g. `Asia/Bishkek`. */
            time_zone: string;
        };
        /** @description A school, as named to its staff. */
        SchoolSummary: {
            /** Format: uuid */
            id: string;
            /** @description The name in the school's language. */
            name: string;
            /** @description The name in each language that has one (else `name`). */
            names: components["schemas"]["Names"];
            slug: string;
        };
        /** @description A school and the settings of its trust-box process. */
        SchoolView: {
            /** Format: uuid */
            district_id: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The name in the school's language (`settings.default_language`), shown to a language
             *     without a name of its own.
             */
            name: string;
            /** @description The name in each language that has one. */
            names: components["schemas"]["Names"];
            settings: components["schemas"]["SchoolSettings"];
            slug: string;
        };
        /** @description A word a school added to its screening lists or allowed through them. */
        SchoolWordView: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            rule: components["schemas"]["WordRule"];
            word: string;
        };
        /** @description The district's service accounts. */
        ServiceAccountList: {
            items: components["schemas"]["ServiceAccountView"][];
        };
        /** @description A district's service account (never its secret). */
        ServiceAccountView: {
            client_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            revoked_at?: string | null;
            scopes: components["schemas"]["ServiceScope"][];
        };
        /**
         * @description What a service account may read.
         * @enum {string}
         */
        ServiceScope: "district:read" | "reports:read" | "journal:read";
        /** @description A service account's access token. */
        ServiceToken: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            /** @description The scopes granted, space-separated. */
            scope: string;
            /** @description Always `Bearer`. */
            token_type: string;
        };
        /** @description A service account's credentials (OAuth 2.0 client credentials grant, as JSON). */
        ServiceTokenRequest: {
            client_id: string;
            client_secret: string;
            /**
             * @description Always `client_credentials`.
             * @example client_credentials
             */
            grant_type: string;
            /** @description Space-separated scopes to ask for; all the account holds when absent. */
            scope?: string | null;
        };
        /** @description Setting an appeal aside as not accepted. */
        SetAside: {
            reason: components["schemas"]["NotAcceptedReason"];
        };
        /** @description Setting a box passphrase: the caller's key pair for the box is made and wrapped under it. */
        SetBoxPassphrase: {
            /** @description At least 12 characters; not the sign-in password (which managers can reset). */
            passphrase: string;
        };
        /** @description A category in the parents' version. */
        ShownCategory: {
            category: components["schemas"]["AppealCategory"];
            count: components["schemas"]["ShownCount"];
        };
        /** @description A count as parents see it: counts from 1 to 2 are shown as "<3". */
        ShownCount: {
            /**
             * Format: int64
             * @description The count; `null` when it is hidden.
             */
            count?: number | null;
            /** @description What to print: "0", "<3", "17". */
            shown: string;
        };
        /** @description A month of the year's trend in the parents' version. */
        ShownMonth: {
            month: string;
            registered: components["schemas"]["ShownCount"];
        };
        /** @description A referral count of the district, by body. */
        ShownReferral: {
            code?: string | null;
            count: components["schemas"]["ShownCount"];
            name_en: string;
            name_ky: string;
            name_ru: string;
        };
        /** @description A staff member as a case shows them. */
        StaffRef: {
            full_name: string;
            /** Format: uuid */
            id: string;
            position: string;
        };
        /** @description A staff account as its school's administration sees it. */
        StaffView: {
            active: boolean;
            /** @description Where alerts and reminders go. */
            email?: string | null;
            full_name: string;
            /** Format: uuid */
            id: string;
            login: string;
            /** @description The position in the school's language, shown to a language without one of its own. */
            position: string;
            /** @description The position in each language that has one. */
            positions: components["schemas"]["Positions"];
            roles: components["schemas"]["Role"][];
            /**
             * @description Whether the member has turned on a second factor: told to those who manage the
             *     member's account (the staff list, role changes, deactivation), absent elsewhere.
             */
            two_factor_enabled?: boolean | null;
        };
        /** @description Starting an opening of a school's box. */
        StartOpening: {
            /** @description Held at once for an urgent appeal, outside the regular schedule. */
            extraordinary?: boolean;
            /**
             * @description The member's box passphrase (or recovery code): required when the school's box is
             *     sealed to the working group and the member holds a share of its key.
             */
            passphrase?: string | null;
            /** @description The school's slug. */
            school: string;
        };
        /** @description An appeal dropped into a school's box. */
        SubmitAppeal: {
            anonymous: boolean;
            categories?: components["schemas"]["AppealCategory"][];
            /** @description The files sent with it, as taken by `POST /schools/{slug}/files` (5 at most). */
            files?: string[];
            /**
             * @description The writer's answer to "Are you in danger now, or is someone hurting you?": `true`
             *     makes the appeal urgent whatever its words; absent when not answered.
             */
            in_danger?: boolean | null;
            language?: null | components["schemas"]["Language"];
            /**
             * @description The school's slug.
             * @example school-31
             */
            school: string;
            submitter?: null | components["schemas"]["Submitter"];
            /** @description 1 to 10,000 characters, at least one of them visible. */
            text: string;
        };
        /** @description A signed writer and how to answer them. */
        Submitter: {
            /** @description The class of a student, e.g. `7B`. */
            class_name?: string | null;
            /** Format: email */
            email?: string | null;
            kind: components["schemas"]["WriterKind"];
            name: string;
            phone?: string | null;
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
        /** @description A receipt typed in by the writer. */
        TrackRequest: {
            /**
             * @description 16 digits; spaces and `-` between them are ignored.
             * @example 1234-5678-9012-3456
             */
            receipt: string;
        };
        /** @description An appeal as its writer sees it through the receipt. */
        TrackedAppeal: {
            anonymous: boolean;
            /** @description Whether the writer can still add to the appeal. */
            can_reply: boolean;
            messages: components["schemas"]["TrackedMessage"][];
            /** @description The journal number, e.g. `2026/14`, once registered. */
            registration_number?: string | null;
            /** @description Who reads a message the writer adds now. */
            replies_go_to: components["schemas"]["RepliesGoTo"];
            status: components["schemas"]["WriterStatus"];
            /** Format: date */
            submitted_on: string;
            /** @description The appeal was flagged urgent: the page shows where to get help first. */
            urgent: boolean;
        };
        /** @description A message on the writer's side of the conversation. */
        TrackedMessage: {
            kind: components["schemas"]["TrackedMessageKind"];
            /**
             * @description The answer's text; `null` for the writer's own messages, so that a found receipt
             *     reveals as little as possible of what the writer said.
             */
            text?: string | null;
            /** Format: date */
            written_on: string;
        };
        /**
         * @description Who wrote a message the writer sees.
         * @enum {string}
         */
        TrackedMessageKind: "answer" | "writer_message";
        /** @description A new secret to add to an authenticator app: as a QR code of `otpauth_uri`, or typed. */
        TwoFactorEnrolment: {
            /** @description The `otpauth://totp/…` address, for a QR code. */
            otpauth_uri: string;
            /** @description The secret in base32, for typing into the app by hand. */
            secret: string;
        };
        /** @description What turning the second factor off takes: the password and a current code. */
        TwoFactorRemoval: {
            code: string;
            password: string;
        };
        /** @description Whether a member's second factor is on, and whether their district requires it. */
        TwoFactorState: {
            enabled: boolean;
            /**
             * Format: int64
             * @description Recovery codes not used yet.
             */
            recovery_codes_left: number;
            /**
             * @description The district requires it of the member's roles; until it is on, only the member's own
             *     account can be used (`two_factor_enrolment_required`).
             */
            required: boolean;
        };
        /** @description A file taken, cleaned and sealed; named by its id in the drop or reply that carries it. */
        UploadedFile: {
            /**
             * Format: int64
             * @description Its size once cleaned.
             */
            byte_size: number;
            /**
             * Format: uuid
             * @description Name it in `files` of the appeal or reply it goes with (within a day).
             */
            id: string;
            /**
             * @description `image/jpeg`, `image/png`, `image/webp` or `application/pdf`: what the file was found
             *     to be, whatever its name said.
             * @example image/jpeg
             */
            media_type: string;
        };
        /** @description What verifying a chain found. */
        Verification: {
            /**
             * @description A school's journal only: the stored box key is not the one whose fingerprint the
             *     journal recorded — it was replaced in the database.
             */
            box_key_replaced?: boolean;
            /**
             * Format: int64
             * @description How many entries were checked.
             */
            entries: number;
            /**
             * Format: int64
             * @description The sequence number of the first entry that is wrong (or missing).
             */
            first_invalid?: number | null;
            head?: null | components["schemas"]["ChainHead"];
            valid: boolean;
        };
        /** @description Where a district's events go. */
        WebhookSubscription: {
            active: boolean;
            /** Format: date-time */
            created_at: string;
            events: components["schemas"]["EventType"][];
            /**
             * Format: int64
             * @description Deliveries given up after every retry failed.
             */
            failed: number;
            /** Format: uuid */
            id: string;
            /**
             * Format: int64
             * @description Deliveries waiting for their next attempt.
             */
            pending: number;
            url: string;
        };
        /** @description The district's subscriptions. */
        WebhookSubscriptionList: {
            items: components["schemas"]["WebhookSubscription"][];
        };
        /**
         * @description Whether a school's word is added to the obscene list or allowed through it.
         * @enum {string}
         */
        WordRule: "block" | "allow";
        /**
         * @description Who a signed writer is.
         * @enum {string}
         */
        WriterKind: "student" | "parent" | "citizen" | "staff";
        /** @description The writer adds to their appeal. */
        WriterReply: {
            /** @description The files sent with it, as taken by `POST /appeals/track/files` (5 at most). */
            files?: string[];
            /** @description 16 digits; spaces and `-` between them are ignored. */
            receipt: string;
            /** @description 1 to 10,000 characters, at least one of them visible. */
            text: string;
        };
        /** @description The writer's reply was kept. */
        WriterReplyAccepted: {
            status: components["schemas"]["WriterStatus"];
            /** Format: date */
            written_on: string;
        };
        /**
         * @description The status of an appeal as the writer sees it.
         * @enum {string}
         */
        WriterStatus: "sealed" | "registered" | "in_progress" | "answered" | "closed" | "not_accepted";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_alerts: {
        parameters: {
            query: {
                /** @description The school's slug */
                school: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alerts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    list_school_appeals: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                status?: components["schemas"]["AppealStatus"];
                urgent?: boolean;
                /** @description 1-based. */
                page?: number;
                /** @description At most 200; 50 when absent. */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appeals, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    submit_appeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A random key made once per appeal and sent again on retries */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAppeal"];
            };
        };
        responses: {
            /** @description Sealed in the box */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealReceipt"];
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
            /** @description `school_not_found` */
            404: {
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
            /** @description `obscene_language` (with `words`), `appeal_text_empty`, `appeal_text_too_long`, `submitter_required`, `submitter_not_allowed`, `contact_required`, `idempotency_key_reused`, `file_not_found`, `too_many_files`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited` */
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
    track_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackRequest"];
            };
        };
        responses: {
            /** @description The appeal as its writer sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedAppeal"];
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
            /** @description `receipt_not_found` */
            404: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `receipt_malformed`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited` */
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
    take_file_for_reply: {
        parameters: {
            query?: never;
            header: {
                /** @description The appeal's receipt, 16 digits */
                Receipt: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The file's bytes (10 MB at most by default) */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description Taken, cleaned and sealed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `receipt_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body_timeout` */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_too_large`; `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_type_not_accepted`: not a JPEG, PNG, WebP or PDF by its bytes; `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `receipt_malformed`, `file_unreadable`; `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited` */
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
    reply_to_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriterReply"];
            };
        };
        responses: {
            /** @description Kept, sealed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriterReplyAccepted"];
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
            /** @description `receipt_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_closed`, or `too_many_messages` (30 from the writer at most) */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `receipt_malformed`, `obscene_language`, `appeal_text_empty`, `appeal_text_too_long`, `file_not_found`, `too_many_files`; `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited` */
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
    get_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appeal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealSummary"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: not an id */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_audit_trail: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                /** @description Only entries of this action, e.g. `appeal_content_read`. */
                action?: string;
                /** @description 1-based. */
                page?: number;
                /** @description At most 500; 100 when absent. */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
            /** @description `invalid_credentials`, `second_factor_required`, `invalid_second_factor` */
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
            /** @description `server_busy`: every password-hashing slot is taken; retry after `Retry-After` seconds */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    issue_service_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceTokenRequest"];
            };
        };
        responses: {
            /** @description The token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceToken"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: an unknown grant type or scope */
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
    list_openings: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The openings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    start_opening: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOpening"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_working_group_member`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `opening_in_progress`, `share_already_given` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_required`, `box_passphrase_wrong`, `validation_failed` */
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
    get_opening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The opening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    abandon_opening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abandoned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_working_group_member`, `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `act_signed`, `opening_abandoned` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    acknowledge_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: not the director of this school; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `act_not_signed`, `already_acknowledged` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    get_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The act */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Act"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `act_not_signed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    list_retrieved_appeals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retrieved appeals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrievedAppeal"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `quorum_not_reached`, `act_signed`, `opening_abandoned` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    add_paper_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
                /** @description The paper note's id */
                appeal_id: string;
            };
            cookie?: never;
        };
        /** @description The photo's bytes */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description Taken, cleaned and sealed with the note */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no paper note of this opening */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `quorum_not_reached`, `act_signed`, `opening_abandoned` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_too_large`; `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_type_not_accepted`; `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_unreadable`, `too_many_files`; `validation_failed` */
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
    get_retrieved_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
                /** @description The appeal's id */
                appeal_id: string;
                /** @description The file's id */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, cleaned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["FileBytes"];
                    "image/png": components["schemas"]["FileBytes"];
                    "image/webp": components["schemas"]["FileBytes"];
                    "application/pdf": components["schemas"]["FileBytes"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `quorum_not_reached`, `act_signed`, `opening_abandoned` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed`: a file still sealed in the box */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_appeal_aside: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
                /** @description The appeal's id */
                appeal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAside"];
            };
        };
        responses: {
            /** @description Set aside */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrievedAppeal"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `quorum_not_reached`, `act_signed`, `opening_abandoned` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    confirm_opening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["ConfirmOpening"];
            };
        };
        responses: {
            /** @description Confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_working_group_member`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `already_confirmed`, `act_signed`, `opening_abandoned`, `share_already_given` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_required`, `box_passphrase_wrong`, `malformed_json`; `validation_failed` */
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
    give_district_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveDistrictShare"];
            };
        };
        responses: {
            /** @description Given */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`, `box_key_missing` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_already_open`, `box_not_protected`, `district_holds_no_share`, `share_already_given`, `act_signed`, `opening_abandoned` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_wrong`, `validation_failed` */
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
    add_paper_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaperAppeal"];
            };
        };
        responses: {
            /** @description Entered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrievedAppeal"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `quorum_not_reached`, `act_signed`, `opening_abandoned` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_text_empty`, `appeal_text_too_long`, `submitter_required`, `validation_failed` */
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
    sign_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The opening's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed; frozen once the quorum has signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningView"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_confirmed`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `quorum_not_reached`, `already_signed`, `act_signed`, `opening_abandoned` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    list_cases: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                state?: components["schemas"]["CaseState"];
                /** @description 1-based. */
                page?: number;
                /** @description At most 200; 50 when absent. */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases, what needs attention first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    get_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `appeal_not_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: not an id */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAnswer"];
            };
        };
        responses: {
            /** @description Drafted, or approved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMessage"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_requires_director`, `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approve_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
                /** @description The drafted answer's id */
                answer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMessage"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_requires_director`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `answer_already_approved`, `case_closed`, `appeal_not_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: not an id */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assign_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCase"];
            };
        };
        responses: {
            /** @description Assigned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_directing`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `already_assigned`, `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `assignee_not_in_school`, `assignee_not_competent`, `assignee_concerned`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    close_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCase"];
            };
        };
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `referral_required`, `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_concerned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkConcerned"];
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `case_closed` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `staff_not_in_school`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_case_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
                /** @description The file's id */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, cleaned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["FileBytes"];
                    "image/png": components["schemas"]["FileBytes"];
                    "image/webp": components["schemas"]["FileBytes"];
                    "application/pdf": components["schemas"]["FileBytes"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `appeal_not_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_measure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMeasure"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMeasure"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `date_in_future`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNote"];
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMessage"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refer_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferral"];
            };
        };
        responses: {
            /** @description Referred */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReferral"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `referral_body_required`, `unknown_referral_body`, `date_in_future`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_referral_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id */
                id: string;
                /** @description The referral's id */
                referral_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralReply"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReferral"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_handling`, `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `referral_reply_recorded`, `case_closed`, `appeal_not_registered` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `date_in_future`, `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `appeal_sealed` */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_district_box_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistrictPassphrase"];
            };
        };
        responses: {
            /** @description Set; the recovery code is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodeShown"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `box_key_exists` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_too_short`, `validation_failed` */
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
    change_district_box_passphrase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBoxPassphrase"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxPassphraseChanged"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`, `box_key_missing`: no passphrase set yet */
            404: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed` */
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
    list_journal_heads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The heads */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalHeads"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    openings_awaiting_district_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The openings waiting for their quorum, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpeningAwaitingShare"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    get_district_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The district's schools */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictOverview"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    create_district_school: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDistrictSchool"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSchool"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `slug_taken`, `login_taken` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    list_service_accounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    create_service_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewServiceAccount"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedServiceAccount"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    revoke_service_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
                /** @description The account */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    get_district_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictSettings"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    put_district_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistrictSettingsChange"];
            };
        };
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictSettings"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a helpline's number or label */
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
    get_district_statistics: {
        parameters: {
            query?: {
                /** @description `YYYY-MM`; the last finished month when absent. */
                month?: string;
            };
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The district's figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictStatistics"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`, `month_not_started` */
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
    list_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    subscribe_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhookSubscription"];
            };
        };
        responses: {
            /** @description Subscribed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `too_many_webhooks`: the district has as many subscriptions as it may */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    remove_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The district's slug */
                slug: string;
                /** @description The subscription */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    list_journal: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                /** @description Only appeals registered in this year. */
                year?: number;
                status?: components["schemas"]["AppealStatus"];
                urgent?: boolean;
                /** @description 1-based. */
                page?: number;
                /** @description At most 500; 100 when absent. */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the journal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPage"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    verify_journal: {
        parameters: {
            query: {
                /** @description The school's slug */
                school: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: a service account's token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_my_box_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's box key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBoxKey"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_my_box_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBoxPassphrase"];
            };
        };
        responses: {
            /** @description Set; the recovery code is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodeShown"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_working_group_member`; `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_key_exists`: change it instead */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_too_short`, `validation_failed` */
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
    change_box_passphrase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBoxPassphrase"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxPassphraseChanged"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_working_group_member`; `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_key_missing`: no passphrase set yet */
            404: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `box_passphrase_wrong`, `box_passphrase_too_short`, `validation_failed` */
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
    change_own_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed; every session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: a service account */
            403: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` (`wrong_password`, `same_password`, a new password shorter than 10 characters) */
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
    two_factor_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's second factor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
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
        };
    };
    confirm_two_factor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OneTimeCode"];
            };
        };
        responses: {
            /** @description On; the recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
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
            /** @description `two_factor_not_started`, `two_factor_already_enabled` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` (`wrong_code`) */
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
    start_two_factor_enrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordConfirmation"];
            };
        };
        responses: {
            /** @description The secret to add to the app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnrolment"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: a service account has no second factor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `two_factor_already_enabled` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` (`wrong_password`) */
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
    renew_recovery_codes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OneTimeCode"];
            };
        };
        responses: {
            /** @description The new recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
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
            /** @description `two_factor_not_enabled` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` (`wrong_code`) */
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
    remove_two_factor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorRemoval"];
            };
        };
        responses: {
            /** @description Off; the recovery codes no longer work */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
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
            /** @description `two_factor_not_enabled`, `two_factor_required` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed` (`wrong_password`, `wrong_code`) */
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
    list_referral_bodies: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralBodyList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
    add_referral_body: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferralBody"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralBody"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school */
            404: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    get_monthly_report: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                /** @description `YYYY-MM`. */
                month: string;
                /** @description A version; the newest when absent. */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
    save_report_draft: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                /** @description `YYYY-MM`. */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDraft"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `month_not_over`, `month_before_school`, `report_changed` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    export_report: {
        parameters: {
            query: {
                school: string;
                month: string;
                format: components["schemas"]["ExportFormat"];
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: `text/csv` or an XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": number[];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
    publish_report: {
        parameters: {
            query: {
                /** @description The school's slug. */
                school: string;
                /** @description `YYYY-MM`. */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `report_not_drafted`, `report_already_published`, `report_changed` */
            409: {
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
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: staff of another school; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    get_school_box_key: {
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
            /** @description The box key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolBoxKey"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    get_box_status: {
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
            /** @description The box's status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxStatus"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    take_file_for_drop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes (10 MB at most by default) */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description Taken, cleaned and sealed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `school_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body_timeout` */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_too_large`; `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_type_not_accepted`: not a JPEG, PNG, WebP or PDF by its bytes; `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `file_unreadable`; `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited` */
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
    list_school_holidays: {
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
            /** @description The holidays, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayList"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    put_school_holidays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayList"];
            };
        };
        responses: {
            /** @description The holidays, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayList"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    get_public_school: {
        parameters: {
            query?: {
                /** @description `ky`, `ru` or `en`: the language of the page asking; absent, the school's language. */
                lang?: components["schemas"]["Language"];
            };
            header?: never;
            path: {
                /** @description The school's slug, e.g. `school-31` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school's box */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSchool"];
                };
            };
            /** @description `school_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a language other than ky, ru or en */
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
    get_parents_report: {
        parameters: {
            query?: {
                /** @description `ky`, `ru` or `en`: the language of the page asking; absent, the school's language. */
                lang?: components["schemas"]["Language"];
            };
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
                /** @description `YYYY-MM`, or `latest` */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parents' version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentsReport"];
                };
            };
            /** @description `not_found`: no such school, or nothing published for the month */
            404: {
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
    list_screening_words: {
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
            /** @description The school's words */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolWordView"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    put_screening_word: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSchoolWord"];
            };
        };
        responses: {
            /** @description The word is in effect */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolWordView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: not a word, a root shorter than four letters, or a word that would refuse everyday appeals (`too_broad`) */
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
    remove_screening_word: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
                /** @description The word's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    put_school_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolSettingsChange"];
            };
        };
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
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
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
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    create_staff_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStaffMember"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedStaff"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `role_not_grantable`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `login_taken` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    list_working_group: {
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
            /** @description The working group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"][];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    add_working_group_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
                /** @description The staff member's id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A member of the working group */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: no such school, or no such staff member there */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    remove_working_group_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The school's slug */
                slug: string;
                /** @description The staff member's id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer a member */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    deactivate_staff_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff member */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `role_not_grantable`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `own_account` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
    reset_staff_password: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff member */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new password */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `role_not_grantable`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `validation_failed`: a path or query value does not parse */
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
    set_staff_position: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff member */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PositionChange"];
            };
        };
        responses: {
            /** @description The member with their new position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: the body must be JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a position's length, a direction control, or no position in the school's language (`required`) */
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
    set_staff_roles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff member */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleSet"];
            };
        };
        responses: {
            /** @description The member with their roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"];
                };
            };
            /** @description `malformed_json`: the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `role_not_grantable`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `own_roles` */
            409: {
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
            /** @description `unsupported_media_type`: the body must be JSON */
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
        };
    };
    reset_staff_two_factor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff member */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`, `invalid_token`, `token_expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`, `role_not_grantable`; `password_change_required`, `two_factor_enrolment_required` */
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
            /** @description `own_account` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: a path or query value does not parse */
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
}
