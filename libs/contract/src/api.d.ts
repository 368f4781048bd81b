// Generated from the api's OpenAPI document by `npm run api:types` (openapi-typescript): do not edit; regenerate.
// scripts/test.sh fails when it no longer matches the api.

export interface paths {
    "/api/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/portal-sync/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalSyncAdminController_parked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/portal-sync/parked/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalSyncAdminController_replay"];
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
        post: operations["AuthController_login"];
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
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
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
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_year"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_list"];
        put?: never;
        post: operations["DossierController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DossierController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DossierController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DossierController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierConsultationController_list"];
        put?: never;
        post: operations["DossierConsultationController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/consultations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DossierConsultationController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentController_list"];
        put?: never;
        post: operations["DocumentController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/documents/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["DocumentController_check"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FormsController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PaymentController_list"];
        put?: never;
        post: operations["PaymentController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ResultController_view"];
        put?: never;
        post: operations["ResultController_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/result/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ResultController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/result/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ResultController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_timeliness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DossierController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrackingBookController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/bottlenecks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImprovementController_bottlenecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImprovementController_officers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/review-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewPackController_reviewPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SimulationController_simulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/simulations/drafts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SimulationController_draft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImprovementController_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImprovementController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_readMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrgController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/units/{unit}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrgController_unitUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An online dossier from the public service portal (201 new, 200 a resend) */
        post: operations["PortalInboundController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/dossiers/{portalDossierId}/supplements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The citizen's supplement for an online dossier reception found incomplete (status 5) */
        post: operations["PortalInboundController_supplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A dossier's fees paid online on the portal (201 recorded, 200 a resend) */
        post: operations["PortalPaymentController_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProceduresController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProceduresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RevisionMigrationController_migrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicDossierController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dossiers/{code}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicDossierController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dossiers/{code}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicDossierController_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/results/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ResultVerificationController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportTrendController_backlog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/handling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_handling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportController_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SatisfactionController_satisfaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportTrendController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VersionController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
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
        AccessLogEntryView: {
            at: string;
            /** @description the form or book read */
            detail?: string | null;
            dossier: string;
            /**
             * @description all applicant fields, or the verification ones
             * @enum {string}
             */
            fields: "full" | "verification";
            /** @enum {string} */
            kind: "view" | "form" | "book" | "search" | "list" | "file" | "result";
            /** @description the reader's unit at the time */
            unit: string;
            username: string;
        };
        AccessLogPage: {
            items: components["schemas"]["AccessLogEntryView"][];
            nextCursor?: string | null;
        };
        ActionNeedsView: {
            /** @example request_supplement */
            action: string;
            /** @description `missingItems` is required: what the citizen must bring */
            missingItems: boolean;
            /** @description `newAppointment` is required: one of the view's appointmentChoices */
            newAppointment: boolean;
            /** @description `reason` is required (for a send-back, `reason` or `comment`) */
            reason: boolean;
            /** @description the action sends the dossier back to an earlier step */
            sendBack: boolean;
        };
        ActorView: {
            fullName: string;
            role: string;
            title: string;
            unit: string;
            username: string;
        };
        AnswerConsultationDto: {
            /** @example Người yêu cầu cư trú tại địa chỉ đã khai */
            answer: string;
        };
        ApologyCounts: {
            /** @description apology-and-extension letters (form 04) issued in the period */
            issued: number;
            /** @description of which late: less than one working day before the appointment, or after it had passed */
            late: number;
        };
        ApplicantDto: {
            /** @example Thôn 3, xã Gia Phú, tỉnh Lào Cai */
            address: string;
            /** @example an.nguyen@example.vn */
            email?: string;
            /**
             * @description stored in Unicode NFC; no control, zero-width or bidi characters
             * @example Nguyễn Văn An
             */
            fullName: string;
            /**
             * @description citizen id (12 digits) or old id card (9 digits)
             * @example 001085012345
             */
            idNumber: string;
            /** @example 0912345678 */
            phone: string;
        };
        ApplicantView: {
            address?: string;
            email?: string;
            fullName: string;
            idNumber?: string;
            phone?: string;
        };
        AskConsultationDto: {
            deadline: components["schemas"]["ConsultationDeadlineDto"];
            expectedVersion: number;
            /** @example Đề nghị cho ý kiến về nơi cư trú của người yêu cầu */
            question: string;
            /**
             * @description the role that answers; absent: its officers and head
             * @example head
             */
            role?: string;
            /**
             * @description the consulted unit (org.yaml id)
             * @example cong-an-xa
             */
            unit: string;
        };
        AssignDto: {
            /**
             * @description in a fork: the branch whose step is assigned
             * @example birth
             */
            branch?: string;
            /** @example 3 */
            expectedVersion: number;
            /** @example tuphap.xa2 */
            username: string;
        };
        BacklogReport: {
            /** @description the instant the data stands at: now, or a lagging replica’s instant */
            at: string;
            byProcedure: components["schemas"]["BacklogRow"][];
            /** @description by the current step's owner unit (else the receiving unit) */
            byUnit: components["schemas"]["BacklogRow"][];
            readFrom: components["schemas"]["ReadFromView"];
            /** @description key and label are "total" */
            total: components["schemas"]["BacklogRow"];
        };
        BacklogRow: {
            /** @description carrying the due_soon flag */
            dueSoon: number;
            /** @description unit id or procedure code */
            key: string;
            /** @description unit or procedure name */
            label: string;
            /** @description open dossiers (not finished) */
            open: number;
            /** @description carrying the overdue flag (past the appointment) */
            overdue: number;
            /** @description carrying the stalled flag */
            stalled: number;
            /** @description carrying the step_overdue flag (past the current step's due instant) */
            stepOverdue: number;
        };
        BottleneckReport: {
            /** @description the instant open dossiers are judged at: the period’s end, or now */
            asOf: string;
            bottlenecks: components["schemas"]["BottleneckView"][];
            /** @example 2026-01-01 */
            from: string;
            readFrom: components["schemas"]["ReadFromView"];
            /** @example 2026-12-31 */
            to: string;
        };
        BottleneckView: {
            allottedMinutes: number | null;
            /** @description late dossiers of the period that were late at this step */
            lateDossiers: number;
            /** @description their share (0–1) of the procedure revision’s late dossiers */
            lateDossierShare: number;
            lateShare: number;
            medianMinutes: number;
            procedureCode: string;
            procedureName: string;
            rank: number;
            /** @example Quy trình ISO quy định 3 giờ cho bước Thẩm định; trung vị thực tế 6,5 giờ; 41 % hồ sơ trễ hạn bị trễ ở bước này */
            sentence: string;
            stepId: string;
            stepName: string;
            unit: string;
            version: number;
        };
        BranchFlagsView: {
            /** @description raised at; the branch step's remaining time is short */
            dueSoon: string | null;
            /** @description raised at; no action on the branch for too long */
            stalled: string | null;
            /** @description raised at; past the branch step's due instant */
            stepOverdue: string | null;
        };
        BranchView: {
            /** @description actions the caller may take on this branch (send with `branch`) */
            allowedActions: string[];
            /** @description closed unfinished at: the fork left on the branches it waited for, or the dossier ended */
            closedAt: string | null;
            flags: components["schemas"]["BranchFlagsView"];
            /** @description the fork step it belongs to */
            forkStep: string;
            /** @example residence */
            id: string;
            /** @description finished at */
            joinedAt: string | null;
            name: string;
            /** @description waiting for the citizen since */
            pausedAt: string | null;
            /** @description null once joined or closed */
            step: components["schemas"]["StepView"] | null;
        };
        CalendarDayView: {
            /** @example 2027-02-05 */
            date: string;
            /** @enum {string} */
            kind: "holiday" | "compensatory" | "swap";
            reason: string;
            /** @example Thứ Sáu */
            weekday: string;
        };
        CalendarView: {
            /** @example 2025 */
            fromYear: number;
            /**
             * @description the provisional years, for a banner
             * @example [
             *       2027,
             *       2028
             *     ]
             */
            provisionalYears: number[];
            /** @example 2029 */
            toYear: number;
            years: components["schemas"]["CalendarYearView"][];
        };
        CalendarYearDetailView: {
            /** @description weekdays off */
            daysOff: components["schemas"]["CalendarDayView"][];
            /** @description digest of the days off, make-up days and hours; changes when they do */
            fingerprint: string;
            /**
             * @description file: workflows/calendars/<year>.yaml; derived: no file
             * @enum {string}
             */
            origin: "file" | "derived";
            /** @description the instruments the schedule comes from */
            source: string | null;
            /**
             * @description provisional: derived by the Labor Code until the government's notice is out
             * @enum {string}
             */
            status: "official" | "provisional";
            /** @description make-up working Saturdays or Sundays */
            workingDays: components["schemas"]["CalendarDayView"][];
            /** @example 2027 */
            year: number;
        };
        CalendarYearView: {
            /** @description digest of the days off, make-up days and hours; changes when they do */
            fingerprint: string;
            /**
             * @description file: workflows/calendars/<year>.yaml; derived: no file
             * @enum {string}
             */
            origin: "file" | "derived";
            /** @description the instruments the schedule comes from */
            source: string | null;
            /**
             * @description provisional: derived by the Labor Code until the government's notice is out
             * @enum {string}
             */
            status: "official" | "provisional";
            /** @example 2027 */
            year: number;
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /**
             * Format: password
             * @description at least 10 characters, not the username, not a common or guessable password
             */
            newPassword: string;
        };
        CheckDocumentDto: {
            /** @description true: reception checked the file against the paper; false: withdraws the check */
            checked: boolean;
        };
        CommentDto: {
            /** @example Đã liên hệ công dân, chờ bản gốc đối chiếu */
            text: string;
        };
        ComponentView: {
            /** @description a file of it is attached and checked */
            digitised: boolean;
            files: components["schemas"]["DocumentView"][];
            /** @description handed in (listed on the receipt) */
            handed: boolean;
            name: string;
            /** @description required by the procedure */
            required: boolean;
        };
        ConsultationDeadlineDto: {
            /**
             * @description on the center calendar
             * @example 2
             */
            amount: number;
            /** @enum {string} */
            unit: "working_hour" | "working_day" | "day";
        };
        ConsultationView: {
            answer?: string | null;
            answeredAt?: string | null;
            askedAt: string;
            /** @description the unit that asked */
            askedUnit: string;
            dossierCode: string;
            dueAt: string;
            id: string;
            /** @description past its due instant unanswered, or answered after it */
            overdue: boolean;
            procedureCode: string;
            procedureName: string;
            question: string;
            role?: string | null;
            step?: string | null;
            /** @description the consulted unit */
            unit: string;
        };
        ControlSheetRow: {
            action: string;
            actor: components["schemas"]["ActorView"] | null;
            comment: string | null;
            fromStatus: string | null;
            fromStep: string | null;
            occurredAt: string;
            payload: {
                [key: string]: unknown;
            };
            stepDueAt: string | null;
            stepStartedAt: string | null;
            /** @enum {string|null} */
            timeliness: "early" | "on_time" | "late" | null;
            toStatus: string;
            toStep: string | null;
            version: number;
            /** @description working minutes spent in the step */
            workingMinutes: number | null;
        };
        CriteriaAverages: {
            /** @description over the ratings that gave it */
            facilities: number | null;
            guidance: number | null;
            onTime: number | null;
            overall: number | null;
            staffAttitude: number | null;
        };
        DocumentView: {
            attachedAt: string;
            attachedBy: string | null;
            /** @description reception's check (digitisation) */
            checkedAt: string | null;
            checkedBy: string | null;
            /** @description the procedure document it stands for; null: working document */
            component: string | null;
            fileName: string;
            id: string;
            /** @enum {string} */
            kind: "desk" | "portal" | "working";
            /** @description sniffed from the content */
            mimeType: string;
            sha256: string;
            size: number;
            /** @description the step it was attached at */
            step: string | null;
        };
        DossierActionDto: {
            /**
             * @description one of the dossier's allowedActions
             * @example forward
             */
            action: string;
            /**
             * @description in a fork (parallel branches): the branch whose step the action is for (one of the dossier's branches); not needed for refuse, withdraw, stop and extend, which act on the whole dossier
             * @example residence
             */
            branch?: string;
            /** @description the hand-over of the result (status 10): who collected it */
            collector?: components["schemas"]["ResultCollectorDto"];
            comment?: string;
            /** @description supplement_received: documents now handed in */
            documents?: components["schemas"]["HandedDocumentDto"][];
            /**
             * @description the version the caller saw; a stale one gives 409
             * @example 2
             */
            expectedVersion: number;
            /** @description request_supplement: what the citizen must bring */
            missingItems?: string[];
            /** @description extend: the new appointment, ISO 8601 with offset */
            newAppointment?: string;
            /** @description request_supplement, refuse, withdraw, stop, extend */
            reason?: string;
        };
        DossierCount: {
            /** @description true when there are more than 10,000 */
            capped: boolean;
            /** @description dossiers the list gives with these filters, counted up to 10,000 */
            total: number;
        };
        DossierDocumentsView: {
            code: string;
            components: components["schemas"]["ComponentView"][];
            /** @description every component handed in is digitised */
            digitised: boolean;
            limits: components["schemas"]["UploadLimitsView"];
            totalBytes: number;
            working: components["schemas"]["DocumentView"][];
        };
        DossierFlagsView: {
            /** @description raised at; the remaining time is below the threshold */
            dueSoon: string | null;
            /** @description raised at; past the appointment */
            overdue: string | null;
            /** @description raised at; no action or comment for too long */
            stalled: string | null;
            /** @description raised at; past the current step's due instant */
            stepOverdue: string | null;
        };
        DossierListItemView: {
            allowedActions: string[];
            /** @description all of it; fullName, idNumber and address for a unit that only verifies; fullName only in the inbox */
            applicant: components["schemas"]["ApplicantView"];
            /** @description the statutory due instant (ngày hẹn trả) */
            appointmentAt: string | null;
            /** @description the appointment or the step due instant is computed across a provisional calendar year */
            appointmentProvisional: boolean;
            /** @description the branches of the procedure's forks the dossier has entered (empty for a single line) */
            branches: components["schemas"]["BranchView"][];
            channel: string;
            clockStartedAt: string | null;
            /** @example 000.21.31.H38-261123-0001 */
            code: string;
            extended: boolean;
            /** @description the procedure's fees and what is paid of them */
            fees: components["schemas"]["FeeStatementView"];
            finishedAt: string | null;
            flags: components["schemas"]["DossierFlagsView"];
            pausedAt: string | null;
            /** @description GET /dossiers/:code only: every payment of its fees */
            payments?: components["schemas"]["PaymentView"][];
            /**
             * @description how much of the applicant is shown
             * @enum {string}
             */
            personalData: "full" | "verification" | "name";
            /** @description TrangThaiHoSo of the national portal, 1–10 */
            portalStatus: number;
            procedure: components["schemas"]["ProcedureRefView"];
            /**
             * @description the provisional calendar years they reach
             * @example [
             *       2027
             *     ]
             */
            provisionalYears: number[];
            /** @description of allowedActions, those that need a reason (send-backs included) */
            reasonActions: string[];
            /** @description the appointment printed on the last receipt (form 01); differs from appointmentAt when a calendar change or an extension moved it */
            receiptAppointmentAt: string | null;
            receivedAt: string;
            receivingUnit: string;
            /** @description who collected the result (shown to those who see the whole applicant) */
            resultCollector?: components["schemas"]["ResultCollectorView"] | null;
            resultReadyAt: string | null;
            /** @enum {string} */
            status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
            step: components["schemas"]["StepView"] | null;
            summary?: string | null;
            /** @description raised at; the citizen's supplement is overdue (the wait passed its limit) */
            supplementOverdueAt: string | null;
            version: number;
        };
        DossierPage: {
            items: components["schemas"]["DossierView"][];
            nextCursor?: string | null;
        };
        DossierPaymentsView: {
            code: string;
            /** @description the center collects them */
            collected: boolean;
            /** @description still to pay */
            due: number;
            fees: components["schemas"]["FeeView"][];
            feesTotal: number;
            /** @description nothing left to pay (paid in full, or nothing collected) */
            paid: boolean;
            paidAmount: number;
            payments: components["schemas"]["PaymentView"][];
            /**
             * @description when the procedure's fees are paid
             * @enum {string}
             */
            timing: "before_result" | "after_result" | "none";
        };
        DossierView: {
            /** @description for each of allowedActions, what its body needs (reason, missing items, new appointment) */
            actionNeeds: components["schemas"]["ActionNeedsView"][];
            allowedActions: string[];
            /** @description all of it; fullName, idNumber and address for a unit that only verifies; fullName only in the inbox */
            applicant: components["schemas"]["ApplicantView"];
            /** @description the statutory due instant (ngày hẹn trả) */
            appointmentAt: string | null;
            /** @description when extend is allowed: valid new appointments (close of business of the next working days) */
            appointmentChoices: string[];
            /** @description the appointment or the step due instant is computed across a provisional calendar year */
            appointmentProvisional: boolean;
            /** @description the branches of the procedure's forks the dossier has entered (empty for a single line) */
            branches: components["schemas"]["BranchView"][];
            channel: string;
            clockStartedAt: string | null;
            /** @example 000.21.31.H38-261123-0001 */
            code: string;
            documents: components["schemas"]["HandedDocumentView"][];
            extended: boolean;
            /** @description the procedure's fees and what is paid of them */
            fees: components["schemas"]["FeeStatementView"];
            finishedAt: string | null;
            flags: components["schemas"]["DossierFlagsView"];
            pausedAt: string | null;
            /** @description GET /dossiers/:code only: every payment of its fees */
            payments?: components["schemas"]["PaymentView"][];
            /**
             * @description how much of the applicant is shown
             * @enum {string}
             */
            personalData: "full" | "verification" | "name";
            /** @description TrangThaiHoSo of the national portal, 1–10 */
            portalStatus: number;
            procedure: components["schemas"]["ProcedureRefView"];
            /**
             * @description the provisional calendar years they reach
             * @example [
             *       2027
             *     ]
             */
            provisionalYears: number[];
            /** @description of allowedActions, those that need a reason (send-backs included) */
            reasonActions: string[];
            /** @description the appointment printed on the last receipt (form 01); differs from appointmentAt when a calendar change or an extension moved it */
            receiptAppointmentAt: string | null;
            receivedAt: string;
            receivingUnit: string;
            /** @description who collected the result (shown to those who see the whole applicant) */
            resultCollector?: components["schemas"]["ResultCollectorView"] | null;
            resultReadyAt: string | null;
            /** @enum {string} */
            status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
            step: components["schemas"]["StepView"] | null;
            summary?: string | null;
            /** @description raised at; the citizen's supplement is overdue (the wait passed its limit) */
            supplementOverdueAt: string | null;
            version: number;
        };
        DraftFileView: {
            /** @example 2.000908 */
            code: string;
            /** @description the current revision’s procedure file (YAML) */
            text: string;
            /** @description the version the file declares */
            version: number;
        };
        ErrorResponseView: {
            /**
             * @description stable, machine-readable
             * @example UNKNOWN_PROCEDURE
             */
            code: string;
            details?: {
                [key: string]: unknown;
            };
            /** @example no procedure with code '9.999999' */
            message: string;
            /** @description the X-Request-Id of the request, to find it in the logs */
            requestId: string;
        };
        FeeStatementView: {
            /** @description the center collects them */
            collected: boolean;
            /** @description still to pay */
            due: number;
            fees: components["schemas"]["FeeView"][];
            feesTotal: number;
            /** @description nothing left to pay (paid in full, or nothing collected) */
            paid: boolean;
            paidAmount: number;
            /**
             * @description when the procedure's fees are paid
             * @enum {string}
             */
            timing: "before_result" | "after_result" | "none";
        };
        FeeView: {
            /** @description đồng */
            amount: number;
            name: string;
        };
        HandedDocumentDto: {
            copies: number;
            /** @description one of the procedure's document names */
            name: string;
            originals: number;
        };
        HandedDocumentView: {
            copies: number;
            name: string;
            originals: number;
        };
        HandlingCounts: {
            /** @description received before the period and still pending at its start */
            carriedOver: number;
            /** @description refused, withdrawn or stopped in the period */
            closedOther: number;
            /** @description pending at `asOf` (the end of the period, or now while it runs) */
            pending: number;
            pendingOverdue: number;
            pendingWithinDeadline: number;
            /** @description received in person or by post in the period */
            receivedOffline: number;
            /** @description received online in the period */
            receivedOnline: number;
            /** @description done in the period */
            resolved: number;
            resolvedEarly: number;
            resolvedLate: number;
            resolvedOnTime: number;
            /** @description received in the period + carried over */
            total: number;
        };
        HandlingReport: {
            apologies: components["schemas"]["ApologyCounts"];
            /** @description the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far); on a replica that lags, the instant its data stands at */
            asOf: string;
            from: string;
            /** @enum {string} */
            groupBy: "unit" | "field" | "procedure";
            readFrom: components["schemas"]["ReadFromView"];
            rows: components["schemas"]["HandlingRow"][];
            to: string;
            total: components["schemas"]["HandlingCounts"];
        };
        HandlingRow: {
            /** @description received before the period and still pending at its start */
            carriedOver: number;
            /** @description refused, withdrawn or stopped in the period */
            closedOther: number;
            /** @description receiving unit id, field name or procedure code */
            key: string;
            /** @description unit name (groupBy=unit), procedure name (groupBy=procedure), else the key */
            label: string;
            /** @description pending at `asOf` (the end of the period, or now while it runs) */
            pending: number;
            pendingOverdue: number;
            pendingWithinDeadline: number;
            /** @description received in person or by post in the period */
            receivedOffline: number;
            /** @description received online in the period */
            receivedOnline: number;
            /** @description done in the period */
            resolved: number;
            resolvedEarly: number;
            resolvedLate: number;
            resolvedOnTime: number;
            /** @description received in the period + carried over */
            total: number;
        };
        InboxPage: {
            items: components["schemas"]["DossierListItemView"][];
            nextCursor?: string | null;
            /** @description dossiers waiting in the inbox across pages, counted up to 1,000 */
            total: number;
            /** @description true when there are 1,000 or more: `total` stopped counting */
            totalCapped: boolean;
        };
        Indicator: {
            denominator: number;
            formula: string;
            key: string;
            name: string;
            note?: string;
            numerator: number;
            /** @description percent, 2 decimals; null when the denominator is 0 */
            value: number | null;
        };
        IndicatorsReport: {
            /** @description the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far); on a replica that lags, the instant its data stands at */
            asOf: string;
            averageProcessingTime: components["schemas"]["ProcessingTime"][];
            averageProcessingTimeFormula: string;
            from: string;
            indicators: components["schemas"]["Indicator"][];
            readFrom: components["schemas"]["ReadFromView"];
            to: string;
        };
        LoginDto: {
            /**
             * Format: password
             * @example motcua
             */
            password: string;
            /** @example letan.xa */
            username: string;
        };
        LoginResponseDto: {
            /** @description JWT, sent back as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            /**
             * @description seconds until the token expires; refresh it before
             * @example 3600
             */
            expiresIn: number;
            /** @description the password was set by an administrator: only POST /auth/password answers until it is changed */
            mustChangePassword: boolean;
            /** @enum {string} */
            tokenType: "Bearer";
            user: components["schemas"]["SessionUserDto"];
        };
        MigrateRevisionDto: {
            /** @description the dossier codes to move; absent: every running dossier on fromRevision */
            dossiers?: string[];
            /** @description true: list what would change and write nothing */
            dryRun: boolean;
            /**
             * @description the revision the dossiers are on (GET /procedures/:code lists them)
             * @example 1
             */
            fromRevision: number;
            /**
             * @description old step id → new step id; a step the new revision still has maps to itself unless given
             * @example {
             *       "sign": "approve"
             *     }
             */
            mapping?: {
                [key: string]: string;
            };
            /**
             * @description the newer revision to move them to
             * @example 2
             */
            toRevision: number;
            /**
             * @description code → the version the dry run showed; a dossier changed since gives 409 and nothing is written
             * @example {
             *       "000.00.31.H38-260309-0001": 4
             *     }
             */
            versions?: {
                [key: string]: number;
            };
        };
        MigrationItemView: {
            /** @description the statutory appointment, kept */
            appointmentAt: string | null;
            assigneeReset: boolean;
            code: string;
            /** @description why it was not written in a real run */
            error: string | null;
            from: components["schemas"]["StepPositionView"];
            /** @description written (false in a dry run, or when the dossier changed during the run) */
            migrated: boolean;
            /** @description what the new revision's limit would give from the clock start, when it differs (not applied) */
            newLimitAppointmentAt: string | null;
            /** @description the version the migration gave it */
            newVersion: number | null;
            status: string;
            to: components["schemas"]["StepPositionView"];
            /** @description the version the plan was made on */
            version: number;
        };
        MigrationView: {
            dossiers: components["schemas"]["MigrationItemView"][];
            dryRun: boolean;
            fromRevision: number;
            /** @description every step of fromRevision to its step in toRevision */
            mapping: {
                [key: string]: string;
            };
            procedureCode: string;
            refused: components["schemas"]["RefusedDossierView"][];
            toRevision: number;
        };
        MonthBacklogView: {
            /** @example 2026-03 */
            month: string;
            /** @description dossiers started and without their result at the month’s end */
            open: number;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            nextCursor: string | null;
        };
        NotificationView: {
            body: string;
            /** @example 2026-11-23T13:31:00+07:00 */
            createdAt: string;
            /** @example 000.01.52.H38-261123-0001 */
            dossierCode: string;
            /** @enum {string|null} */
            flag: "due_soon" | "overdue" | "step_overdue" | "stalled" | null;
            /** Format: uuid */
            id: string;
            /**
             * @description flag: a deadline flag; apology: form 04 is due; calendar: a calendar change moved due instants
             * @enum {string}
             */
            kind: "flag" | "apology" | "supplement_wait" | "calendar";
            /**
             * @description 1 step owner, 2 unit head, 3 center supervisor
             * @enum {number|null}
             */
            level: 1 | 2 | 3 | null;
            readAt: string | null;
            /** @example Hồ sơ 000.01.52.H38-261123-0001 quá hạn bước Thẩm định */
            title: string;
        };
        OfficerFiguresView: {
            name: string;
            /** @description late dossiers are attributed to steps: 0 here */
            steps: components["schemas"]["StepFigureView"][];
            username: string;
        };
        OfficerReport: {
            /** @description the instant open dossiers are judged at: the period’s end, or now */
            asOf: string;
            /** @example 2026-01-01 */
            from: string;
            officers: components["schemas"]["OfficerFiguresView"][];
            readFrom: components["schemas"]["ReadFromView"];
            /** @example 2026-12-31 */
            to: string;
            /** @description the head’s unit */
            unit: string;
        };
        OrgUnitView: {
            /** @example tu-phap-xa */
            id: string;
            /** @enum {string} */
            level: "province" | "commune" | "ministry";
            /** @example Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch) */
            name: string;
            parent?: string | null;
            /** @description roles its staff may hold */
            roles: string[];
        };
        OrgUserView: {
            fullName: string;
            roles: string[];
            title: string;
            /** @example tuphap.xa2 */
            username: string;
        };
        OutcomeFiguresView: {
            backlogByMonth: components["schemas"]["MonthBacklogView"][];
            dossiers: number;
            /** @description the late ones, up to 500, in clock-start order */
            lateCodes: string[];
            /** @description (resolved on time + pending within) / dossiers, 0–1 */
            onTimeRate: number;
            pendingOverdue: number;
            /** @description without a result at the period’s end, before the appointment */
            pendingWithin: number;
            resolvedLate: number;
            /** @description results handed over by the appointment */
            resolvedOnTime: number;
        };
        ParkedMessageView: {
            attempts: number;
            createdAt: string;
            dossierCode: string;
            /**
             * Format: uuid
             * @description the message id (X-Message-Id)
             */
            id: string;
            lastError?: string | null;
            /** @description TrangThaiHoSo it carries */
            portalStatus: number;
            /** @description order of the message among its dossier’s */
            seq: number;
        };
        PaymentDto: {
            /** @description VND */
            amount?: number;
            /** @enum {string} */
            status: "unpaid" | "paid" | "not_required";
        };
        PaymentView: {
            /** @description đồng */
            amount: number;
            id: string;
            /** @enum {string} */
            method: "cash" | "bank_transfer" | "card" | "portal_online";
            note: string | null;
            paidAt: string;
            portalTransactionId: string | null;
            receiptNumber: string | null;
            /** @description the officer who received it */
            receivedBy: string | null;
            recordedAt: string;
            /** @enum {string} */
            source: "desk" | "portal";
        };
        PendingRevisionView: {
            /**
             * @description when new dossiers start taking it
             * @example 2027-01-01T00:00:00+07:00
             */
            effectiveFrom: string;
            /**
             * @description revision counted by the server
             * @example 2
             */
            revision: number;
            /**
             * @description version declared in the file
             * @example 2
             */
            version: number;
        };
        PortalDocumentDto: {
            /** @description the file, base64; at most 5 MB once decoded */
            contentBase64?: string;
            copies: number;
            /** @example to-khai.pdf */
            fileName?: string;
            /** @example application/pdf */
            mimeType?: string;
            /** @description one of the procedure's document names */
            name: string;
            originals: number;
        };
        PortalPaymentDto: {
            /**
             * @description in đồng, whole
             * @example 200000
             */
            amount: number;
            /**
             * @description MaHoSo: the dossier code
             * @example 000.00.12.H62-261123-0004
             */
            dossierCode: string;
            /** @description when it was paid, ISO 8601 with offset */
            paidAt: string;
            /** @description the electronic receipt number, if the platform issued one */
            receiptNumber?: string;
            /** @description the payment platform's transaction id: the notice's idempotency key */
            transactionId: string;
        };
        PortalSupplementDto: {
            /** @description the documents now handed in, files inline */
            documents: components["schemas"]["PortalDocumentDto"][];
            /** @description the citizen's note to reception */
            note?: string;
        };
        ProcedureBranchView: {
            /** @example residence */
            id: string;
            name: string;
            /** @description its step ids, in file order */
            steps: string[];
        };
        ProcedureDetailView: {
            /** @description competent unit id in org.yaml */
            agency?: string;
            /** @example 2.000908 */
            code: string;
            /** @description absent: the center default; null: none */
            cutoff?: string | null;
            deadline: components["schemas"]["TimeLimitView"];
            documents: components["schemas"]["ProcedureDocumentView"][];
            /** @description when this version took (or takes) effect */
            effectiveFrom?: string;
            fees: components["schemas"]["ProcedureFeeView"][];
            field: string;
            /** @example workflows/procedures/2.000908.yaml */
            file: string;
            /** @description false when this version still waits for its effectiveFrom */
            inEffect: boolean;
            /** @enum {string} */
            level: "province" | "commune" | "ministry";
            /** @description local procedure code on the national portal */
            localCode?: string;
            maxSupplementRequests: number;
            /** @description Mermaid stateDiagram-v2 of the steps */
            mermaid: string;
            name: string;
            /** @enum {string} */
            online: "full" | "partial" | "none";
            /**
             * @description when the fees are paid: before the result is handed over (default), after it, or not at the center
             * @enum {string}
             */
            payment: "before_result" | "after_result" | "none";
            /** @description loaded versions waiting for their effectiveFrom */
            pending: components["schemas"]["PendingRevisionView"][];
            /** @description current revision */
            revision: number;
            /** @description every revision, oldest first */
            revisions: components["schemas"]["ProcedureRevisionView"][];
            /** @description the decision that approved the internal procedure */
            source?: string;
            steps: components["schemas"]["ProcedureStepView"][];
            /** @description version declared in the file */
            version: number;
        };
        ProcedureDocumentView: {
            copies: number;
            name: string;
            originals: number;
            required: boolean;
        };
        ProcedureFeeView: {
            /** @description VND */
            amount: number;
            name: string;
        };
        ProcedureForkView: {
            branches: components["schemas"]["ProcedureBranchView"][];
            /** @description the branches that must join */
            join: string[];
            /**
             * @description a step id or `done`
             * @example release
             */
            next: string;
        };
        ProcedureRefView: {
            code: string;
            name: string;
            revision: number;
        };
        ProcedureRevisionView: {
            /** @description when new dossiers start taking it; absent: when it was loaded */
            effectiveFrom?: string;
            /** @example 2026-07-01T08:00:00+07:00 */
            loadedAt: string;
            /** @example 1 */
            revision: number;
            /** @description version declared in the file */
            version: number;
        };
        ProcedureStepDurationView: {
            /** @example 3 */
            amount: number;
            /**
             * @description day and month: calendar time, where the limit is in days or months
             * @enum {string}
             */
            unit: "working_hour" | "working_day" | "day" | "month";
        };
        ProcedureStepOwnerView: {
            /** @example officer */
            role: string;
            /**
             * @description unit id in org.yaml
             * @example tu-phap-xa
             */
            unit: string;
        };
        ProcedureStepView: {
            /**
             * @description a step of a branch: the branch id
             * @example residence
             */
            branch?: string;
            duration: components["schemas"]["ProcedureStepDurationView"];
            /** @description a fork step: no owner of its own */
            fork?: components["schemas"]["ProcedureForkView"];
            /**
             * @description a step of a branch: its fork step
             * @example process
             */
            forkOf?: string;
            /** @example appraise */
            id: string;
            line: number;
            name: string;
            /** @description form or document the step produces */
            output?: string;
            owner: components["schemas"]["ProcedureStepOwnerView"];
            /** @description entering this step means the result is ready */
            result: boolean;
            transitions: components["schemas"]["ProcedureTransitionView"][];
        };
        ProcedureSummaryView: {
            /** @example 2.000908 */
            code: string;
            /** @description statutory time limit */
            deadline: components["schemas"]["TimeLimitView"];
            /** @description when this version took (or takes) effect; absent: when it was loaded */
            effectiveFrom?: string;
            /**
             * @description lĩnh vực
             * @example Chứng thực
             */
            field: string;
            /** @description false when every loaded version still waits for its effectiveFrom: no dossier can start yet */
            inEffect: boolean;
            /** @enum {string} */
            level: "province" | "commune" | "ministry";
            /**
             * @description local procedure code on the national portal
             * @example 2.000908.000.00.00.H38
             */
            localCode?: string;
            /** @example Cấp bản sao từ sổ gốc */
            name: string;
            /**
             * @description full: toàn trình; partial: một phần
             * @enum {string}
             */
            online: "full" | "partial" | "none";
            /** @description loaded versions waiting for their effectiveFrom */
            pending: components["schemas"]["PendingRevisionView"][];
            /**
             * @description revision of the file content, counted by the server
             * @example 1
             */
            revision: number;
            /**
             * @description number of steps
             * @example 4
             */
            steps: number;
            /**
             * @description version declared in the file
             * @example 1
             */
            version: number;
        };
        ProcedureTransitionView: {
            /** @description registry actions run on the way */
            actions: string[];
            /**
             * @description the action name
             * @example submit
             */
            event: string;
            /** @example hasComment */
            guard?: string;
            /** @description line in the procedure file */
            line: number;
            /**
             * @description a step id or `done`
             * @example sign
             */
            target: string;
        };
        ProcessingTime: {
            /** @description working days, 2 decimals */
            averageWorkingDays: number;
            /** @description done dossiers finished in the period */
            count: number;
            procedureCode: string;
            procedureName: string;
        };
        PublicApologyView: {
            /** @description the agency that apologises (form 04 is issued in its name) */
            agency: string;
            issuedAt: string;
            newAppointmentAt: string;
            previousAppointmentAt: string | null;
            reason: string;
            /** @description the letter, in Vietnamese */
            text: string;
        };
        PublicCollectionView: {
            /** @description the citizen registered to receive it by public post */
            byPost: boolean;
            /** @description where the result is handed back: the receiving one-stop unit */
            place: string;
            readySince: string;
        };
        PublicDossierView: {
            /** @description the letter of the latest extension */
            apology: components["schemas"]["PublicApologyView"] | null;
            appointmentAt: string | null;
            code: string;
            /** @description once the result is ready */
            collection: components["schemas"]["PublicCollectionView"] | null;
            currentStep: components["schemas"]["PublicStepView"] | null;
            /** @description the procedure's fees and charges (those above zero) */
            fees: components["schemas"]["PublicFeeView"][];
            /** @description đồng */
            feesTotal: number;
            finishedAt: string | null;
            limit: components["schemas"]["PublicLimitView"];
            /** @description nothing left to pay: paid in full, or no fee collected */
            paid: boolean;
            /** @description TrangThaiHoSo of the national portal, 1–10 */
            portalStatus: number;
            procedure: components["schemas"]["PublicProcedureView"];
            receivedAt: string;
            /** @description the receiving unit, by name */
            receivingUnit: string;
            result: components["schemas"]["PublicResultView"] | null;
            resultReadyAt: string | null;
            status: string;
            /** @description while the dossier waits for the citizen */
            supplement: components["schemas"]["PublicSupplementView"] | null;
            timeline: components["schemas"]["PublicTimelineEntry"][];
        };
        PublicFeeView: {
            /** @description đồng */
            amount: number;
            name: string;
        };
        PublicLimitView: {
            /**
             * @description the limit this dossier is under once it took a conditional one, with the rule; null before
             * @example 15 ngày làm việc (Trường hợp phải xác minh …)
             */
            applied: string | null;
            /** @description each conditional limit as the rule that applies (Trường hợp …: 15 ngày làm việc) */
            conditions: string[];
            /**
             * @description the statutory time limit
             * @example 10 ngày làm việc
             */
            statutory: string;
        };
        PublicProcedureView: {
            code: string;
            name: string;
        };
        PublicResultView: {
            /** @description GET /public/dossiers/:code/result?key= answers the signed PDF */
            downloadable: boolean;
            /**
             * @description the date on the document
             * @example 2026-11-23
             */
            issuedAt: string;
            /** @example 15/QĐ-UBND */
            number: string;
            /**
             * @description who signed it, by title and name
             * @example Chủ tịch Trần Văn Bình
             */
            signer: string;
        };
        PublicStepView: {
            id: string;
            name: string;
            /** @description the owner unit, by name */
            unit: string | null;
        };
        PublicSupplementView: {
            /** @description what to bring or send */
            items: string[];
            /** @description why the dossier waits for the citizen (form 02) */
            reason: string;
            requestedAt: string;
        };
        PublicTimelineEntry: {
            action: string;
            at: string;
            from: components["schemas"]["PublicStepView"] | null;
            portalStatus: number;
            status: string;
            stepDueAt: string | null;
            /** @enum {string|null} */
            timeliness: "early" | "on_time" | "late" | null;
            to: components["schemas"]["PublicStepView"] | null;
        };
        RateDossierDto: {
            comment?: string;
            /** @description the premises and equipment of the center; for dossiers handed in at a desk */
            facilities?: number;
            /** @description the guidance given on the dossier (hướng dẫn) */
            guidance: number;
            /** @description the result came back by the appointment */
            onTime: number;
            /** @description overall satisfaction */
            overall: number;
            /** @description the staff's attitude */
            staffAttitude: number;
        };
        RatingReceiptView: {
            code: string;
            ratedAt: string;
        };
        ReadAllView: {
            /** @description notifications marked read now */
            updated: number;
        };
        ReadFromView: {
            /**
             * @description why a configured replica was not read: it lagged past REPLICA_MAX_LAG_S, or did not answer
             * @enum {string|null}
             */
            fallback: "replica_lagging" | "replica_unavailable" | null;
            /** @description whole seconds the data read stood behind now (a replica’s replay lag); 0 on the primary */
            lagSeconds: number;
            /** @description the same in Vietnamese, for the reader; null: nothing to say */
            note: string | null;
            /** @enum {string} */
            server: "primary" | "replica";
        };
        ReadNotificationsDto: {
            ids: string[];
        };
        ReceiptView: {
            /** @description ngày hẹn trả kết quả */
            appointmentAt: string | null;
            /** @description the appointment is computed across a provisional calendar year */
            appointmentProvisional: boolean;
            /** @description when the statutory clock starts (cut-off applied) */
            clockStartsAt: string | null;
            /** @example 000.21.31.H38-261123-0001 */
            code: string;
            /**
             * @description mã tra cứu: the citizen's key to the public lookup, printed on the receipt (form 01)
             * @example 7K3M9QXZ
             */
            lookupKey: string;
            missingDocuments: string[];
            /**
             * @description those provisional years
             * @example [
             *       2027
             *     ]
             */
            provisionalYears: number[];
            receivedAt: string;
            /** @enum {string} */
            status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
            version: number;
        };
        ReceiveDossierDto: {
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * @description in person or by post; an online dossier comes only through the portal (POST /portal/dossiers)
             * @enum {string}
             */
            channel: "in_person" | "post";
            /**
             * @default accept
             * @enum {string}
             */
            decision: "accept" | "request_supplement" | "refuse";
            documents: components["schemas"]["HandedDocumentDto"][];
            /** @description required when the decision is request_supplement */
            missingItems?: string[];
            /** @example 2.000908 */
            procedureCode: string;
            /** @description required when the decision is request_supplement or refuse */
            reason?: string;
            /**
             * @description where the citizen collects the result: at the one-stop desk (when left out), or by public post to the applicant's address
             * @enum {string}
             */
            resultDelivery?: "desk" | "post";
            /** @description trích yếu: what the dossier asks for */
            summary?: string;
        };
        RecordPaymentDto: {
            /**
             * @description in đồng, whole
             * @example 200000
             */
            amount: number;
            /**
             * @example cash
             * @enum {string}
             */
            method: "cash" | "bank_transfer" | "card";
            /** @description why more than the listed fees is collected (e.g. a per-page fee) */
            note?: string;
            /**
             * @description the receipt's number (unique in the agency)
             * @example BL-2026-000123
             */
            receiptNumber: string;
        };
        RecordResultDto: {
            /** @description the decision printed on a generated result; a refusal prints the refuse action reason instead */
            decision?: string;
            /**
             * @description the date on the document; not after today
             * @example 2026-11-23
             */
            documentDate: string;
            /**
             * @description result, or refusal (the written refusal of a refused dossier)
             * @enum {string}
             */
            kind: "result" | "refusal";
            /** @example 15/QĐ-UBND */
            number: string;
            /** @example Trần Văn Bình */
            signerName: string;
            /** @example Chủ tịch */
            signerTitle: string;
        };
        RefusedDossierView: {
            code: string;
            reason: string;
            /** @example NOT_MIGRATABLE */
            reasonCode: string;
        };
        ReproductionCheckView: {
            actualOnTimeRate: number;
            difference: number;
            /** @description the current revision replayed lands within the tolerance of what happened */
            reproduced: boolean;
            simulatedOnTimeRate: number;
            /** @description the largest on-time difference allowed, 0–1 */
            tolerance: number;
        };
        ResultCollectorDto: {
            /**
             * @description authorized: the authorization paper
             * @example Giấy ủy quyền số 12/2026, UBND xã chứng thực 01/12/2026
             */
            authorization?: string;
            /**
             * @description authorized: the person collecting
             * @example Trần Văn Bình
             */
            fullName?: string;
            /** @example 001090012345 */
            idNumber?: string;
            /**
             * @description default cccd (12 digits)
             * @enum {string}
             */
            idType?: "cccd" | "other";
            /**
             * @example authorized
             * @enum {string}
             */
            kind: "applicant" | "authorized" | "post";
            /**
             * @description post: the postal item number
             * @example EV123456789VN
             */
            postalReference?: string;
        };
        ResultCollectorView: {
            authorization: string | null;
            fullName: string | null;
            idNumber: string | null;
            /** @enum {string|null} */
            idType: "cccd" | "other" | null;
            /** @enum {string} */
            kind: "applicant" | "authorized" | "post";
            postalReference: string | null;
        };
        ResultView: {
            /** @description sha256 of the signing certificate (DER), hex */
            certificateSha256: string;
            decision: string;
            /** @example 2026-11-23 */
            documentDate: string;
            dossierCode: string;
            /** @description the signed PDF, for those who may read the dossier */
            fileUrl: string;
            /** @enum {string} */
            kind: "result" | "refusal";
            /** @example 15/QĐ-UBND */
            number: string;
            recordedAt: string;
            recordedBy: string;
            /** @description sha256 of the signed PDF, hex */
            sha256: string;
            signedAt: string;
            signerName: string;
            signerTitle: string;
            size: number;
            /** @enum {string} */
            source: "template" | "upload";
        };
        SatisfactionReport: {
            averages: components["schemas"]["CriteriaAverages"];
            count: number;
            from: string | null;
            /** @description share (0–1) of ratings with overall ≤ 2 */
            lowShare: number | null;
            to: string | null;
        };
        SessionUserDto: {
            /** @example Lò Thị Mai */
            fullName: string;
            /**
             * @example [
             *       "reception"
             *     ]
             */
            roles: ("reception" | "officer" | "head" | "leader" | "supervisor" | "iso" | "admin" | "portal")[];
            /**
             * @description chức danh
             * @example Công chức Văn phòng - Thống kê
             */
            title: string;
            /**
             * @description unit id in org.yaml
             * @example mot-cua-xa
             */
            unit: string;
            /** @example Trung tâm Phục vụ hành chính công xã Gia Phú */
            unitName: string;
            /** @example letan.xa */
            username: string;
        };
        SetPasswordDto: {
            /**
             * Format: password
             * @description a temporary password the user must change at their next login; same rules as any password
             */
            password: string;
        };
        SignerView: {
            commonName: string | null;
            /** @description sha256 of the certificate (DER), hex */
            fingerprint: string;
            organization: string | null;
            /** @description the certificate serial number, hex */
            serialNumber: string;
            validFrom: string;
            validTo: string;
        };
        SimulatedStepView: {
            assumedMinutes: number | null;
            /** @enum {string} */
            basis: "observed" | "assumed";
            current: components["schemas"]["StepLoadViewDto"] | null;
            draft: components["schemas"]["StepLoadViewDto"] | null;
            officers: number;
            officersToday: number;
            role: string;
            stepId: string;
            stepName: string;
            unit: string;
        };
        SimulationRequestDto: {
            assume?: components["schemas"]["StepAssumptionDto"][];
            /** @description the draft procedure file (YAML, as workflows/procedures/*.yaml) */
            draft: string;
            /**
             * @description first day of the period replayed (Vietnam, yyyy-mm-dd), included
             * @example 2026-01-01
             */
            from: string;
            /**
             * @description the same seed gives the same result
             * @default 42
             */
            seed: number;
            staff?: components["schemas"]["StaffOverrideDto"][];
            /**
             * @description last day of the period replayed (Vietnam, yyyy-mm-dd), included
             * @example 2026-12-31
             */
            to: string;
        };
        SimulationResultView: {
            actual: components["schemas"]["OutcomeFiguresView"];
            /** @description the instant the dossiers are judged at: the period’s end, or now */
            asOf: string;
            check: components["schemas"]["ReproductionCheckView"];
            current: components["schemas"]["OutcomeFiguresView"];
            currentVersion: number;
            draft: components["schemas"]["OutcomeFiguresView"];
            draftVersion: number;
            from: string;
            procedureCode: string;
            procedureName: string;
            seed: number;
            steps: components["schemas"]["SimulatedStepView"][];
            to: string;
        };
        StaffOverrideDto: {
            /** @description officers of the unit in the draft, for every step it owns */
            officers: number;
            /**
             * @description a unit id of org.yaml
             * @example tu-phap-xa
             */
            unit: string;
        };
        StepAssumptionDto: {
            /** @description working minutes the step takes, every time */
            minutes: number;
            /**
             * @description a step id of the draft
             * @example check
             */
            step: string;
        };
        StepFigureReport: {
            /** @description the instant open dossiers are judged at: the period’s end, or now */
            asOf: string;
            /** @example 2026-01-01 */
            from: string;
            readFrom: components["schemas"]["ReadFromView"];
            steps: components["schemas"]["StepFigureView"][];
            /** @example 2026-12-31 */
            to: string;
        };
        StepFigureView: {
            /** @description the ISO table's time; null for calendar days */
            allottedMinutes: number | null;
            /** @description hand-overs out of the step in the period (control-sheet rows) */
            handOvers: number;
            /** @description late dossiers of the period that were late at this step */
            lateDossiers: number;
            /** @description their share (0–1) of the revision’s late dossiers */
            lateDossierShare: number;
            /** @description share (0–1) of the hand-overs after the step’s due instant */
            lateShare: number;
            meanMinutes: number;
            /** @description to the minute; 0 when never handed over */
            medianMinutes: number;
            /** @description to the minute; 0 when never handed over */
            p90Minutes: number;
            procedureCode: string;
            procedureName: string;
            /** @description visits beyond the first of a dossier (send-backs that landed here) */
            repeatVisits: number;
            sendBackRate: number;
            /** @description hand-overs that sent the dossier back to an earlier step */
            sendBacks: number;
            stepId: string;
            stepName: string;
            supplementRate: number;
            /** @description supplement requests made at the step */
            supplementRequests: number;
            /** @description the unit owning the step in the procedure file */
            unit: string;
            /** @description the procedure file's declared version */
            version: number;
            /** @description median wait before the first assignment */
            waitMedianMinutes: number | null;
            /** @description median time from the first assignment on */
            workMedianMinutes: number | null;
        };
        StepLoadViewDto: {
            maxQueue: number;
            maxWaitMinutes: number;
            meanWaitMinutes: number;
            /** @description dossiers the step works on at once */
            places: number;
            /** @description dossiers that stayed at the step */
            stalled: number;
            /** @description 0–1 */
            utilisation: number;
            visits: number;
        };
        StepOwnerView: {
            role: string;
            unit: string;
        };
        StepPositionView: {
            ownerRole: string | null;
            ownerUnit: string | null;
            revision: number;
            step: string | null;
            stepDueAt: string | null;
            stepName: string | null;
            /** @description the file's declared version */
            version: number;
        };
        StepTrendPointView: {
            handOvers: number;
            lateHandOvers: number;
            lateShare: number | null;
            meanMinutes: number | null;
            /** @example 2026-03 */
            month: string;
        };
        StepTrendReport: {
            /** @description the instant open dossiers are judged at: the period’s end, or now */
            asOf: string;
            /** @example 2026-01-01 */
            from: string;
            points: components["schemas"]["StepTrendPointView"][];
            readFrom: components["schemas"]["ReadFromView"];
            stepId: string | null;
            /** @example 2026-12-31 */
            to: string;
        };
        StepView: {
            /** @description login name */
            assignee?: string | null;
            /** @description the assignee's full name */
            assigneeName?: string | null;
            dueAt: string | null;
            id: string;
            name: string;
            owner: components["schemas"]["StepOwnerView"];
            startedAt: string | null;
        };
        SubmitPortalDossierDto: {
            applicant: components["schemas"]["ApplicantDto"];
            documents: components["schemas"]["PortalDocumentDto"][];
            payment: components["schemas"]["PaymentDto"];
            /** @description the portal's own dossier id; a resend with the same id is the same dossier */
            portalDossierId: string;
            /** @example 2.000908 */
            procedureCode: string;
            /**
             * @description the unit of org.yaml receiving the dossier
             * @example mot-cua-xa
             */
            receivingUnit: string;
            /** @description trích yếu: what the dossier asks for */
            summary?: string;
        };
        TimeLimitView: {
            /** @example 1 */
            amount: number;
            /** @description the due instant moves to the close of that working day */
            dueAtClose?: boolean;
            /**
             * @example working_day
             * @enum {string}
             */
            unit: "working_hour" | "working_day" | "day" | "month";
        };
        TimelinessVerdictView: {
            /** @description working minutes the limit allows */
            allowedMinutes: number;
            /** @enum {string} */
            status: "early" | "on_time" | "late" | "within_deadline" | "overdue";
            /** @description working minutes counted against the limit */
            usedMinutes: number;
        };
        TimelinessView: {
            code: string;
            /** @description Decision 766: the wait is subtracted */
            decision766: components["schemas"]["TimelinessVerdictView"] | null;
            /** @description Decree 118/2025: restart after a supplement */
            decree: components["schemas"]["TimelinessVerdictView"] | null;
            /** @description null until the dossier is accepted */
            firstAppointmentAt: string | null;
            pauses: string[];
        };
        TransferDto: {
            expectedVersion: number;
            /**
             * @description the competent agency's procedure the dossier goes to
             * @example 1.115668
             */
            procedureCode: string;
            /** @example Hồ sơ thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh */
            reason: string;
        };
        TrendPoint: {
            /** @description start of the interval (clipped to the period), inclusive */
            from: string;
            /**
             * @description the month, or the Monday starting the week
             * @example 2026-10
             */
            label: string;
            /** @description resolved late + pending overdue */
            late: number;
            /** @description resolved early or on time + pending within the deadline */
            onTime: number;
            /** @description onTime / total × 100, 2 decimals; null when 0 */
            onTimeRate: number | null;
            /** @description end of the interval (clipped to the period), exclusive */
            to: string;
            /** @description received in the interval + carried over (form 06 total) */
            total: number;
        };
        TrendReport: {
            /** @description the earlier of `to` and now (on a replica that lags, its data’s instant): intervals after it are left out, the running one ends there */
            asOf: string;
            from: string;
            /** @enum {string} */
            interval: "month" | "week";
            points: components["schemas"]["TrendPoint"][];
            readFrom: components["schemas"]["ReadFromView"];
            to: string;
        };
        UploadLimitsView: {
            acceptedTypes: string[];
            maxDossierBytes: number;
            maxFileBytes: number;
            maxFiles: number;
        };
        UserAccountView: {
            /** @description may log in: listed in org.yaml and not deactivated by an administrator */
            active: boolean;
            /**
             * Format: date-time
             * @description deactivated by an administrator at
             */
            disabledAt?: string | null;
            fullName: string;
            /** @description has a password at all */
            hasPassword: boolean;
            mustChangePassword: boolean;
            /** Format: date-time */
            passwordChangedAt?: string | null;
            roles: ("reception" | "officer" | "head" | "leader" | "supervisor" | "iso" | "admin" | "portal")[];
            /** @description an account of another system (the portal client): no interactive login */
            systemAccount: boolean;
            title: string;
            /** @example mot-cua-xa */
            unit: string;
            /** @example letan.xa */
            username: string;
        };
        VerificationView: {
            /** @description signed with this agency's configured certificate */
            agencyCertificate: boolean;
            /** @description in Vietnamese, for the person who checks */
            message: string;
            /** @description PAdES baseline: ETSI.CAdES.detached with the ESS signing-certificate-v2 attribute */
            pades: boolean;
            /** @enum {string|null} */
            problem: "NO_SIGNATURE" | "BYTE_RANGE_INCOMPLETE" | "MALFORMED_SIGNATURE" | "DIGEST_MISMATCH" | "SIGNATURE_INVALID" | null;
            /** @description the signing time the signature states */
            signedAt: string | null;
            signer: components["schemas"]["SignerView"] | null;
            /** @example ETSI.CAdES.detached */
            subFilter: string | null;
            /** @description the signature covers the whole file but itself and verifies */
            valid: boolean;
        };
        VersionView: {
            /** @example motcua */
            name: string;
            /** @example 0.1.0 */
            version: string;
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
    AccessLogController_query: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description reads of this dossier */
                dossier?: string;
                /** @description at or after (ISO 8601) */
                from?: string;
                limit?: number;
                /** @description before (ISO 8601) */
                to?: string;
                /** @description reads by this user */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description ACCESS_LOG_FILTER_REQUIRED: neither dossier nor user given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalSyncAdminController_parked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description messages the portal refused too often, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedMessageView"][];
                };
            };
        };
    };
    PortalSyncAdminController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the message is pending again, with its attempts reset; its dossier is re-sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SYNC_MESSAGE_NOT_PARKED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS: wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LOGIN_THROTTLED: too many failures; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SERVICE_UNAVAILABLE: failures cannot be counted (Redis down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revokes every token of the user, this one included */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserDto"];
                };
            };
            /** @description UNAUTHENTICATED: missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description the password is changed; earlier tokens are revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description WRONG_CURRENT_PASSWORD, WEAK_PASSWORD, PASSWORD_UNCHANGED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a new token for the same session (12 hours at most) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
        };
    };
    CalendarController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the covered years, each official or provisional */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarView"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    CalendarController_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDetailView"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
            /** @description CALENDAR_YEAR_NOT_COVERED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    ConsultationController_list: {
        parameters: {
            query?: {
                /** @description true: answered ones too (newest first); default: open ones by due instant */
                all?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationView"][];
                };
            };
        };
    };
    DossierController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description only dossiers carrying this flag now */
                flag?: "due_soon" | "overdue" | "step_overdue" | "stalled";
                limit?: number;
                procedure?: string;
                /** @description dossier code, applicant name or id number */
                q?: string;
                /** @description received at or after (ISO 8601) */
                receivedFrom?: string;
                /** @description received before (ISO 8601) */
                receivedTo?: string;
                status?: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
                /** @description a unit on the route or the receiving unit */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPage"];
                };
            };
        };
    };
    DossierController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your own per new dossier (a UUID): sent again with the same body, the same receipt comes back (Idempotent-Replayed: true) and no second dossier is made; with another body, 422 IDEMPOTENCY_KEY_REUSED */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveDossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"];
                };
            };
        };
    };
    DossierController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierView"];
                };
            };
        };
    };
    DossierController_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierView"];
                };
            };
        };
    };
    DossierController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierView"];
                };
            };
        };
    };
    DossierController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierView"];
                };
            };
        };
    };
    DossierConsultationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationView"][];
                };
            };
        };
    };
    DossierConsultationController_ask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationView"];
                };
            };
        };
    };
    DossierConsultationController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerConsultationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationView"];
                };
            };
        };
    };
    DocumentController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocumentsView"];
                };
            };
        };
    };
    DocumentController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    component?: string;
                    files: string[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocumentsView"];
                };
            };
        };
    };
    DocumentController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckDocumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocumentsView"];
                };
            };
        };
    };
    DocumentController_content: {
        parameters: {
            query?: {
                /** @description 1: as an attachment (save) rather than inline (view) */
                download?: string;
            };
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FormsController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                form: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the statutory form, printable HTML (A4) or PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DossierController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlSheetRow"][];
                };
            };
        };
    };
    PaymentController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPaymentsView"];
                };
            };
        };
    };
    PaymentController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPaymentsView"];
                };
            };
        };
    };
    ResultController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultView"];
                };
            };
        };
    };
    ResultController_generate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordResultDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultView"];
                };
            };
        };
    };
    ResultController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResultController_upload: {
        parameters: {
            query: {
                /** @description the decision printed on a generated result; a refusal prints the refuse action reason instead */
                decision?: string;
                /** @description the date on the document; not after today */
                documentDate: string;
                /** @description result, or refusal (the written refusal of a refused dossier) */
                kind: "result" | "refusal";
                number: string;
                signerName: string;
                signerTitle: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultView"];
                };
            };
        };
    };
    DossierController_timeliness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinessView"];
                };
            };
        };
    };
    DossierController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierView"];
                };
            };
        };
    };
    DossierController_count: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description only dossiers carrying this flag now */
                flag?: "due_soon" | "overdue" | "step_overdue" | "stalled";
                limit?: number;
                procedure?: string;
                /** @description dossier code, applicant name or id number */
                q?: string;
                /** @description received at or after (ISO 8601) */
                receivedFrom?: string;
                /** @description received before (ISO 8601) */
                receivedTo?: string;
                status?: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
                /** @description a unit on the route or the receiving unit */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierCount"];
                };
            };
        };
    };
    TrackingBookController_form: {
        parameters: {
            query: {
                /** @description start of the period, inclusive (ISO 8601) */
                from: string;
                /** @description end of the period, exclusive (ISO 8601); at most 366 days after `from` */
                to: string;
                /** @description unit id from the organization file (receiving unit or a unit on the route) */
                unit: string;
            };
            header?: never;
            path: {
                form: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tracking book, printable HTML (A4 landscape) or PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImprovementController_bottlenecks: {
        parameters: {
            query: {
                /** @description only the dossiers that reached this unit of org.yaml or a unit under it */
                agency?: string;
                format?: "json" | "xlsx";
                /** @description first day of the period (yyyy-mm-dd, Vietnam time) */
                from: string;
                procedureCode?: string;
                /** @description last day of the period, included */
                to: string;
                /** @description how many steps to rank */
                top?: number;
                /** @description the procedure file's declared version */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BottleneckReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["BottleneckReport"];
                };
            };
            /** @description BAD_PERIOD, PERIOD_NOT_STARTED or a bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins (per officer: heads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImprovementController_officers: {
        parameters: {
            query: {
                /** @description only the dossiers that reached this unit of org.yaml or a unit under it */
                agency?: string;
                format?: "json" | "xlsx";
                /** @description first day of the period (yyyy-mm-dd, Vietnam time) */
                from: string;
                procedureCode?: string;
                /** @description last day of the period, included */
                to: string;
                /** @description the procedure file's declared version */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["OfficerReport"];
                };
            };
            /** @description BAD_PERIOD, PERIOD_NOT_STARTED or a bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins (per officer: heads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewPackController_reviewPack: {
        parameters: {
            query: {
                /** @description a unit id of org.yaml: the pack holds the procedures whose agency is it or a unit under it */
                agency: string;
                format: "pdf" | "xlsx";
                /** @description the calendar year (Vietnam time), four digits, up to the current one */
                year: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the pack as a PDF (A4) or a workbook (one sheet per section) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_YEAR, UNKNOWN_AGENCY or VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FORBIDDEN_UNIT: the agency is not among the reader’s units */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SimulationController_simulate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulationRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationResultView"];
                };
            };
        };
    };
    SimulationController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftFileView"];
                };
            };
        };
    };
    ImprovementController_steps: {
        parameters: {
            query: {
                /** @description only the dossiers that reached this unit of org.yaml or a unit under it */
                agency?: string;
                format?: "json" | "xlsx";
                /** @description first day of the period (yyyy-mm-dd, Vietnam time) */
                from: string;
                procedureCode?: string;
                /** @description last day of the period, included */
                to: string;
                /** @description the procedure file's declared version */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepFigureReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StepFigureReport"];
                };
            };
            /** @description BAD_PERIOD, PERIOD_NOT_STARTED or a bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins (per officer: heads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImprovementController_trend: {
        parameters: {
            query: {
                /** @description only the dossiers that reached this unit of org.yaml or a unit under it */
                agency?: string;
                format?: "json" | "xlsx";
                /** @description first day of the period (yyyy-mm-dd, Vietnam time) */
                from: string;
                procedureCode?: string;
                /** @description only this step of the procedure (needs procedureCode) */
                stepId?: string;
                /** @description last day of the period, included */
                to: string;
                /** @description the procedure file's declared version */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepTrendReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StepTrendReport"];
                };
            };
            /** @description BAD_PERIOD, PERIOD_NOT_STARTED or a bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description FORBIDDEN_ROLE: only ISO officers, supervisors, leaders, heads and admins (per officer: heads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxController_inbox: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
        };
    };
    NotificationController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description only those not read yet */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller's notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    NotificationController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND: none, or another user's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    NotificationController_readMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadNotificationsDto"];
            };
        };
        responses: {
            /** @description those of `ids` that are the caller's, marked read now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllView"];
                };
            };
        };
    };
    NotificationController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllView"];
                };
            };
        };
    };
    OrgController_units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitView"][];
                };
            };
        };
    };
    OrgController_unitUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description active users of the unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUserView"][];
                };
            };
            /** @description FORBIDDEN_UNIT: only its head, its center supervisor, an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNKNOWN_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalInboundController_submit: {
        parameters: {
            query?: never;
            header: {
                "X-Api-Key": string;
                "X-Nonce": string;
                /** @description hex HMAC-SHA256 of timestamp\nnonce\nbody */
                "X-Signature": string;
                /** @description unix seconds or ISO 8601 */
                "X-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPortalDossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalInboundController_supplement: {
        parameters: {
            query?: never;
            header: {
                "X-Api-Key": string;
                "X-Nonce": string;
                "X-Signature": string;
                "X-Timestamp": string;
            };
            path: {
                portalDossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalSupplementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalPaymentController_notify: {
        parameters: {
            query?: never;
            header: {
                "X-Api-Key": string;
                "X-Nonce": string;
                /** @description hex HMAC-SHA256 of timestamp\nnonce\nbody */
                "X-Signature": string;
                /** @description unix seconds or ISO 8601 */
                "X-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProceduresController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the revision of every procedure in effect now (or, before any is, the first one pending) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureSummaryView"][];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    ProceduresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description national procedure code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDetailView"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
            /** @description UNKNOWN_PROCEDURE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    RevisionMigrationController_migrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MigrateRevisionDto"];
            };
        };
        responses: {
            /** @description what would change (dryRun) or what was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationView"];
                };
            };
            /** @description VERSION_CONFLICT: a dossier changed since the dry run */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
            /** @description UNKNOWN_REVISION, INVALID_STEP_MAPPING, NOT_MIGRATABLE (nothing written) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseView"];
                };
            };
        };
    };
    PublicDossierController_lookup: {
        parameters: {
            query: {
                /** @description the lookup key printed on the receipt (form 01) and given to the citizen: 8 letters and digits; case, spaces and hyphens ignored */
                key: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDossierView"];
                };
            };
        };
    };
    PublicDossierController_rate: {
        parameters: {
            query: {
                /** @description the lookup key printed on the receipt (form 01) and given to the citizen: 8 letters and digits; case, spaces and hyphens ignored */
                key: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateDossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingReceiptView"];
                };
            };
        };
    };
    PublicDossierController_result: {
        parameters: {
            query: {
                /** @description the lookup key printed on the receipt (form 01) and given to the citizen: 8 letters and digits; case, spaces and hyphens ignored */
                key: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResultVerificationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationView"];
                };
            };
        };
    };
    ReportTrendController_backlog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogReport"];
                };
            };
        };
    };
    ReportController_handling: {
        parameters: {
            query: {
                format?: "json" | "csv" | "xlsx";
                /** @description start of the period, inclusive (ISO 8601) */
                from: string;
                groupBy?: "unit" | "field" | "procedure";
                /** @description end of the period, exclusive (ISO 8601) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["HandlingReport"];
                    "text/csv": components["schemas"]["HandlingReport"];
                };
            };
        };
    };
    ReportController_indicators: {
        parameters: {
            query: {
                /** @description start of the period, inclusive (ISO 8601) */
                from: string;
                /** @description end of the period, exclusive (ISO 8601) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsReport"];
                };
            };
        };
    };
    SatisfactionController_satisfaction: {
        parameters: {
            query?: {
                /** @description ratings given at or after this instant (ISO 8601) */
                from?: string;
                /** @description ratings given before this instant (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReport"];
                };
            };
        };
    };
    ReportTrendController_trend: {
        parameters: {
            query: {
                /** @description start of the period, inclusive (ISO 8601) */
                from: string;
                interval?: "month" | "week";
                /** @description end of the period, exclusive (ISO 8601) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendReport"];
                };
            };
            /** @description BAD_PERIOD, TOO_MANY_BUCKETS (more than 120 points) or a bad query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountView"][];
                };
            };
        };
    };
    UsersController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description active again if org.yaml lists the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountView"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cannot log in; tokens revoked; survives restarts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountView"];
                };
            };
            /** @description CANNOT_DEACTIVATE_SELF */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description set; the user must change it at the next login */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountView"];
                };
            };
            /** @description USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SYSTEM_ACCOUNT: a system account has no password */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VersionController_version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
