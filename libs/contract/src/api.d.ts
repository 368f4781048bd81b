// Generated from the api's OpenAPI document by `npm run api:types`: do not edit; regenerate.
// scripts/test.sh fails when it no longer matches the api.

export interface paths {
  "/api/v1/access-log": {
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          dossier?: string;
          user?: string;
          from?: string;
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
            "application/json": components["schemas"]["AccessLogPage"];
          };
        };
        400: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/admin/portal-sync/parked": {
    get: {
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
            "application/json": components["schemas"]["ParkedMessageView"][];
          };
        };
      };
    };
  };
  "/api/v1/admin/portal-sync/parked/{id}/replay": {
    post: {
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
          content?: never;
        };
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
  };
  "/api/v1/auth/login": {
    post: {
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
        401: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        503: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/auth/logout": {
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/auth/me": {
    get: {
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
        401: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/auth/password": {
    post: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LoginResponseDto"];
          };
        };
        400: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/auth/refresh": {
    post: {
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
            "application/json": components["schemas"]["LoginResponseDto"];
          };
        };
      };
    };
  };
  "/api/v1/calendar": {
    get: {
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
            "application/json": components["schemas"]["CalendarView"];
          };
        };
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
  };
  "/api/v1/calendar/{year}": {
    get: {
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
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ErrorResponseView"];
          };
        };
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
  };
  "/api/v1/consultations": {
    get: {
      parameters: {
        query?: {
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
  };
  "/api/v1/dossiers": {
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
          flag?: "due_soon" | "overdue" | "step_overdue" | "stalled";
          procedure?: string;
          unit?: string;
          receivedFrom?: string;
          receivedTo?: string;
          q?: string;
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
    post: {
      parameters: {
        query?: never;
        header: {
          "idempotency-key": string;
          "Idempotency-Key"?: string;
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
  };
  "/api/v1/dossiers/count": {
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
          flag?: "due_soon" | "overdue" | "step_overdue" | "stalled";
          procedure?: string;
          unit?: string;
          receivedFrom?: string;
          receivedTo?: string;
          q?: string;
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
  };
  "/api/v1/dossiers/{code}": {
    get: {
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
  };
  "/api/v1/dossiers/{code}/actions": {
    post: {
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
  };
  "/api/v1/dossiers/{code}/assign": {
    post: {
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
  };
  "/api/v1/dossiers/{code}/comments": {
    post: {
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
  };
  "/api/v1/dossiers/{code}/consultations": {
    get: {
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
    post: {
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
  };
  "/api/v1/dossiers/{code}/consultations/{id}/answer": {
    post: {
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
  };
  "/api/v1/dossiers/{code}/documents": {
    get: {
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
    post: {
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
  };
  "/api/v1/dossiers/{code}/documents/{id}/check": {
    put: {
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
  };
  "/api/v1/dossiers/{code}/documents/{id}/content": {
    get: {
      parameters: {
        query?: {
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
  };
  "/api/v1/dossiers/{code}/forms/{form}": {
    get: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/dossiers/{code}/history": {
    get: {
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
  };
  "/api/v1/dossiers/{code}/payments": {
    get: {
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
    post: {
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
  };
  "/api/v1/dossiers/{code}/result": {
    get: {
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
    post: {
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
  };
  "/api/v1/dossiers/{code}/result/file": {
    get: {
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
  };
  "/api/v1/dossiers/{code}/result/pdf": {
    post: {
      parameters: {
        query: {
          kind: "result" | "refusal";
          number: string;
          documentDate: string;
          signerName: string;
          signerTitle: string;
          decision?: string;
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
  };
  "/api/v1/dossiers/{code}/timeliness": {
    get: {
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
  };
  "/api/v1/dossiers/{code}/transfer": {
    post: {
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
  };
  "/api/v1/forms/{form}": {
    get: {
      parameters: {
        query: {
          unit: string;
          from: string;
          to: string;
        };
        header?: never;
        path: {
          form: string;
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
  };
  "/api/v1/inbox": {
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
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
  };
  "/api/v1/notifications": {
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          unread?: boolean;
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
            "application/json": components["schemas"]["NotificationPage"];
          };
        };
      };
    };
  };
  "/api/v1/notifications/read": {
    post: {
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
  };
  "/api/v1/notifications/read-all": {
    post: {
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
  };
  "/api/v1/notifications/{id}/read": {
    post: {
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
  };
  "/api/v1/org/units": {
    get: {
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
  };
  "/api/v1/org/units/{unit}/users": {
    get: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OrgUserView"][];
          };
        };
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/portal/dossiers": {
    post: {
      parameters: {
        query?: never;
        header: {
          "X-Signature": string;
          "X-Nonce": string;
          "X-Timestamp": string;
          "X-Api-Key": string;
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
  };
  "/api/v1/portal/dossiers/{portalDossierId}/supplements": {
    post: {
      parameters: {
        query?: never;
        header: {
          "X-Signature": string;
          "X-Nonce": string;
          "X-Timestamp": string;
          "X-Api-Key": string;
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
  };
  "/api/v1/portal/payments": {
    post: {
      parameters: {
        query?: never;
        header: {
          "X-Signature": string;
          "X-Nonce": string;
          "X-Timestamp": string;
          "X-Api-Key": string;
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
  };
  "/api/v1/procedures": {
    get: {
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
            "application/json": components["schemas"]["ProcedureSummaryView"][];
          };
        };
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
  };
  "/api/v1/procedures/{code}": {
    get: {
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
            "application/json": components["schemas"]["ProcedureDetailView"];
          };
        };
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ErrorResponseView"];
          };
        };
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
  };
  "/api/v1/procedures/{code}/migrations": {
    post: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MigrationView"];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ErrorResponseView"];
          };
        };
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
  };
  "/api/v1/public/dossiers/{code}": {
    get: {
      parameters: {
        query: {
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
  };
  "/api/v1/public/dossiers/{code}/rating": {
    post: {
      parameters: {
        query: {
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
  };
  "/api/v1/public/dossiers/{code}/result": {
    get: {
      parameters: {
        query: {
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
  };
  "/api/v1/public/results/verify": {
    post: {
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
  };
  "/api/v1/reports/backlog": {
    get: {
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
  };
  "/api/v1/reports/handling": {
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
          groupBy?: "unit" | "field" | "procedure";
          format?: "json" | "csv" | "xlsx";
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
            "text/csv": components["schemas"]["HandlingReport"];
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["HandlingReport"];
          };
        };
      };
    };
  };
  "/api/v1/reports/indicators": {
    get: {
      parameters: {
        query: {
          from: string;
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
  };
  "/api/v1/reports/satisfaction": {
    get: {
      parameters: {
        query?: {
          from?: string;
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
  };
  "/api/v1/reports/trend": {
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
          interval?: "month" | "week";
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/users": {
    get: {
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
  };
  "/api/v1/users/{username}/activate": {
    post: {
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
  };
  "/api/v1/users/{username}/deactivate": {
    post: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["UserAccountView"];
          };
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/users/{username}/password": {
    post: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["UserAccountView"];
          };
        };
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
  };
  "/api/v1/version": {
    get: {
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
  };
  "/health": {
    get: {
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
            "application/json": {
              status?: "ok" | "degraded";
              info?: ({
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              }) | null;
              error?: ({
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              }) | null;
              details?: {
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              status?: "error" | "shutting_down";
              info?: ({
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              }) | null;
              error?: ({
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              }) | null;
              details?: {
                [key: string]: {
                  status: "up" | "degraded" | "down";
                  /** Time the health indicator took to respond, in ms */
                  responseTime?: number;
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
  };
}

export interface components {
  schemas: {
    AccessLogEntryView: {
      at: string;
      username: string;
      /** the reader's unit at the time */
      unit: string;
      dossier: string;
      kind: "view" | "form" | "book" | "search" | "list" | "file" | "result";
      /** the form or book read */
      detail?: string | null;
      /** all applicant fields, or the verification ones */
      fields: "full" | "verification";
    };
    AccessLogPage: {
      items: components["schemas"]["AccessLogEntryView"][];
      nextCursor?: string | null;
    };
    ActionNeedsView: {
      action: string;
      /** `reason` is required (for a send-back, `reason` or `comment`) */
      reason: boolean;
      /** the action sends the dossier back to an earlier step */
      sendBack: boolean;
      /** `missingItems` is required: what the citizen must bring */
      missingItems: boolean;
      /** `newAppointment` is required: one of the view's appointmentChoices */
      newAppointment: boolean;
    };
    ActorView: {
      username: string;
      fullName: string;
      title: string;
      unit: string;
      role: string;
    };
    AnswerConsultationDto: {
      answer: string;
    };
    ApologyCounts: {
      /** apology-and-extension letters (form 04) issued in the period */
      issued: number;
      /** of which late: less than one working day before the appointment, or after it had passed */
      late: number;
    };
    ApplicantDto: {
      /** stored in Unicode NFC; no control, zero-width or bidi characters */
      fullName: string;
      /** citizen id (12 digits) or old id card (9 digits) */
      idNumber: string;
      phone: string;
      email?: string;
      address: string;
    };
    ApplicantView: {
      fullName: string;
      idNumber?: string;
      phone?: string;
      email?: string;
      address?: string;
    };
    AskConsultationDto: {
      /** the consulted unit (org.yaml id) */
      unit: string;
      /** the role that answers; absent: its officers and head */
      role?: string;
      question: string;
      deadline: components["schemas"]["ConsultationDeadlineDto"];
      expectedVersion: number;
    };
    AssignDto: {
      username: string;
      /** in a fork: the branch whose step is assigned */
      branch?: string;
      expectedVersion: number;
    };
    BacklogReport: {
      at: string;
      /** by the current step's owner unit (else the receiving unit) */
      byUnit: components["schemas"]["BacklogRow"][];
      byProcedure: components["schemas"]["BacklogRow"][];
      /** key and label are "total" */
      total: components["schemas"]["BacklogRow"];
    };
    BacklogRow: {
      /** unit id or procedure code */
      key: string;
      /** unit or procedure name */
      label: string;
      /** open dossiers (not finished) */
      open: number;
      /** carrying the overdue flag (past the appointment) */
      overdue: number;
      /** carrying the step_overdue flag (past the current step's due instant) */
      stepOverdue: number;
      /** carrying the stalled flag */
      stalled: number;
      /** carrying the due_soon flag */
      dueSoon: number;
    };
    BranchFlagsView: {
      /** raised at; the branch step's remaining time is short */
      dueSoon: string | null;
      /** raised at; past the branch step's due instant */
      stepOverdue: string | null;
      /** raised at; no action on the branch for too long */
      stalled: string | null;
    };
    BranchView: {
      id: string;
      name: string;
      /** the fork step it belongs to */
      forkStep: string;
      /** null once joined or closed */
      step: components["schemas"]["StepView"] | null;
      /** finished at */
      joinedAt: string | null;
      /** closed unfinished at: the fork left on the branches it waited for, or the dossier ended */
      closedAt: string | null;
      /** waiting for the citizen since */
      pausedAt: string | null;
      flags: components["schemas"]["BranchFlagsView"];
      /** actions the caller may take on this branch (send with `branch`) */
      allowedActions: string[];
    };
    CalendarDayView: {
      date: string;
      weekday: string;
      reason: string;
      kind: "holiday" | "compensatory" | "swap";
    };
    CalendarView: {
      fromYear: number;
      toYear: number;
      /** the provisional years, for a banner */
      provisionalYears: number[];
      years: components["schemas"]["CalendarYearView"][];
    };
    CalendarYearDetailView: {
      year: number;
      /** provisional: derived by the Labor Code until the government's notice is out */
      status: "official" | "provisional";
      /** file: workflows/calendars/<year>.yaml; derived: no file */
      origin: "file" | "derived";
      /** the instruments the schedule comes from */
      source: string | null;
      /** digest of the days off, make-up days and hours; changes when they do */
      fingerprint: string;
      /** weekdays off */
      daysOff: components["schemas"]["CalendarDayView"][];
      /** make-up working Saturdays or Sundays */
      workingDays: components["schemas"]["CalendarDayView"][];
    };
    CalendarYearView: {
      year: number;
      /** provisional: derived by the Labor Code until the government's notice is out */
      status: "official" | "provisional";
      /** file: workflows/calendars/<year>.yaml; derived: no file */
      origin: "file" | "derived";
      /** the instruments the schedule comes from */
      source: string | null;
      /** digest of the days off, make-up days and hours; changes when they do */
      fingerprint: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** at least 10 characters, not the username, not a common or guessable password */
      newPassword: string;
    };
    CheckDocumentDto: {
      /** true: reception checked the file against the paper; false: withdraws the check */
      checked: boolean;
    };
    CommentDto: {
      text: string;
    };
    ComponentView: {
      name: string;
      /** required by the procedure */
      required: boolean;
      /** handed in (listed on the receipt) */
      handed: boolean;
      /** a file of it is attached and checked */
      digitised: boolean;
      files: components["schemas"]["DocumentView"][];
    };
    ConsultationDeadlineDto: {
      /** on the center calendar */
      amount: number;
      unit: "working_hour" | "working_day" | "day";
    };
    ConsultationView: {
      id: string;
      dossierCode: string;
      procedureCode: string;
      procedureName: string;
      step?: string | null;
      /** the consulted unit */
      unit: string;
      role?: string | null;
      question: string;
      /** the unit that asked */
      askedUnit: string;
      askedAt: string;
      dueAt: string;
      /** past its due instant unanswered, or answered after it */
      overdue: boolean;
      answer?: string | null;
      answeredAt?: string | null;
    };
    ControlSheetRow: {
      version: number;
      action: string;
      fromStep: string | null;
      toStep: string | null;
      fromStatus: string | null;
      toStatus: string;
      actor: components["schemas"]["ActorView"] | null;
      comment: string | null;
      payload: Record<string, unknown>;
      occurredAt: string;
      stepStartedAt: string | null;
      stepDueAt: string | null;
      /** working minutes spent in the step */
      workingMinutes: number | null;
      timeliness: ("early" | "on_time" | "late") | null;
    };
    CriteriaAverages: {
      overall: number | null;
      onTime: number | null;
      staffAttitude: number | null;
      guidance: number | null;
      /** over the ratings that gave it */
      facilities: number | null;
    };
    DocumentView: {
      id: string;
      /** the procedure document it stands for; null: working document */
      component: string | null;
      kind: "desk" | "portal" | "working";
      fileName: string;
      /** sniffed from the content */
      mimeType: string;
      size: number;
      sha256: string;
      /** the step it was attached at */
      step: string | null;
      attachedBy: string | null;
      attachedAt: string;
      /** reception's check (digitisation) */
      checkedAt: string | null;
      checkedBy: string | null;
    };
    DossierActionDto: {
      /** one of the dossier's allowedActions */
      action: string;
      /** in a fork (parallel branches): the branch whose step the action is for (one of the dossier's branches); not needed for refuse, withdraw, stop and extend, which act on the whole dossier */
      branch?: string;
      /** the version the caller saw; a stale one gives 409 */
      expectedVersion: number;
      comment?: string;
      /** request_supplement, refuse, withdraw, stop, extend */
      reason?: string;
      /** request_supplement: what the citizen must bring */
      missingItems?: string[];
      /** extend: the new appointment, ISO 8601 with offset */
      newAppointment?: string;
      /** supplement_received: documents now handed in */
      documents?: components["schemas"]["HandedDocumentDto"][];
      /** the hand-over of the result (status 10): who collected it */
      collector?: components["schemas"]["ResultCollectorDto"];
    };
    DossierCount: {
      /** dossiers the list gives with these filters, counted up to 10,000 */
      total: number;
      /** true when there are more than 10,000 */
      capped: boolean;
    };
    DossierDocumentsView: {
      code: string;
      components: components["schemas"]["ComponentView"][];
      working: components["schemas"]["DocumentView"][];
      /** every component handed in is digitised */
      digitised: boolean;
      totalBytes: number;
      limits: components["schemas"]["UploadLimitsView"];
    };
    DossierFlagsView: {
      /** raised at; the remaining time is below the threshold */
      dueSoon: string | null;
      /** raised at; past the appointment */
      overdue: string | null;
      /** raised at; past the current step's due instant */
      stepOverdue: string | null;
      /** raised at; no action or comment for too long */
      stalled: string | null;
    };
    DossierListItemView: {
      code: string;
      procedure: components["schemas"]["ProcedureRefView"];
      status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
      /** TrangThaiHoSo of the national portal, 1–10 */
      portalStatus: number;
      channel: string;
      /** all of it; fullName, idNumber and address for a unit that only verifies; fullName only in the inbox */
      applicant: components["schemas"]["ApplicantView"];
      /** how much of the applicant is shown */
      personalData: "full" | "verification" | "name";
      summary?: string | null;
      step?: components["schemas"]["StepView"] | null;
      receivingUnit: string;
      receivedAt: string;
      clockStartedAt: string | null;
      /** the statutory due instant (ngày hẹn trả) */
      appointmentAt: string | null;
      /** the appointment printed on the last receipt (form 01); differs from appointmentAt when a calendar change or an extension moved it */
      receiptAppointmentAt: string | null;
      /** the appointment or the step due instant is computed across a provisional calendar year */
      appointmentProvisional: boolean;
      /** the provisional calendar years they reach */
      provisionalYears: number[];
      pausedAt: string | null;
      resultReadyAt: string | null;
      finishedAt: string | null;
      extended: boolean;
      flags: components["schemas"]["DossierFlagsView"];
      /** raised at; the citizen's supplement is overdue (the wait passed its limit) */
      supplementOverdueAt: string | null;
      version: number;
      allowedActions: string[];
      /** of allowedActions, those that need a reason (send-backs included) */
      reasonActions: string[];
      /** the branches of the procedure's forks the dossier has entered (empty for a single line) */
      branches: components["schemas"]["BranchView"][];
      /** the procedure's fees and what is paid of them */
      fees: components["schemas"]["FeeStatementView"];
      /** who collected the result (shown to those who see the whole applicant) */
      resultCollector?: components["schemas"]["ResultCollectorView"] | null;
      /** GET /dossiers/:code only: every payment of its fees */
      payments?: components["schemas"]["PaymentView"][];
    };
    DossierPage: {
      items: components["schemas"]["DossierView"][];
      nextCursor?: string | null;
    };
    DossierPaymentsView: {
      fees: components["schemas"]["FeeView"][];
      feesTotal: number;
      /** when the procedure's fees are paid */
      timing: "before_result" | "after_result" | "none";
      /** the center collects them */
      collected: boolean;
      paidAmount: number;
      /** still to pay */
      due: number;
      /** nothing left to pay (paid in full, or nothing collected) */
      paid: boolean;
      code: string;
      payments: components["schemas"]["PaymentView"][];
    };
    DossierView: {
      code: string;
      procedure: components["schemas"]["ProcedureRefView"];
      status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
      /** TrangThaiHoSo of the national portal, 1–10 */
      portalStatus: number;
      channel: string;
      /** all of it; fullName, idNumber and address for a unit that only verifies; fullName only in the inbox */
      applicant: components["schemas"]["ApplicantView"];
      /** how much of the applicant is shown */
      personalData: "full" | "verification" | "name";
      documents: components["schemas"]["HandedDocumentView"][];
      summary?: string | null;
      step?: components["schemas"]["StepView"] | null;
      receivingUnit: string;
      receivedAt: string;
      clockStartedAt: string | null;
      /** the statutory due instant (ngày hẹn trả) */
      appointmentAt: string | null;
      /** the appointment printed on the last receipt (form 01); differs from appointmentAt when a calendar change or an extension moved it */
      receiptAppointmentAt: string | null;
      /** the appointment or the step due instant is computed across a provisional calendar year */
      appointmentProvisional: boolean;
      /** the provisional calendar years they reach */
      provisionalYears: number[];
      pausedAt: string | null;
      resultReadyAt: string | null;
      finishedAt: string | null;
      extended: boolean;
      flags: components["schemas"]["DossierFlagsView"];
      /** raised at; the citizen's supplement is overdue (the wait passed its limit) */
      supplementOverdueAt: string | null;
      version: number;
      allowedActions: string[];
      /** of allowedActions, those that need a reason (send-backs included) */
      reasonActions: string[];
      /** for each of allowedActions, what its body needs (reason, missing items, new appointment) */
      actionNeeds: components["schemas"]["ActionNeedsView"][];
      /** when extend is allowed: valid new appointments (close of business of the next working days) */
      appointmentChoices: string[];
      /** the branches of the procedure's forks the dossier has entered (empty for a single line) */
      branches: components["schemas"]["BranchView"][];
      /** the procedure's fees and what is paid of them */
      fees: components["schemas"]["FeeStatementView"];
      /** who collected the result (shown to those who see the whole applicant) */
      resultCollector?: components["schemas"]["ResultCollectorView"] | null;
      /** GET /dossiers/:code only: every payment of its fees */
      payments?: components["schemas"]["PaymentView"][];
    };
    ErrorResponseView: {
      /** stable, machine-readable */
      code: string;
      message: string;
      details?: {
        [key: string]: unknown;
      };
      /** the X-Request-Id of the request, to find it in the logs */
      requestId: string;
    };
    FeeStatementView: {
      fees: components["schemas"]["FeeView"][];
      feesTotal: number;
      /** when the procedure's fees are paid */
      timing: "before_result" | "after_result" | "none";
      /** the center collects them */
      collected: boolean;
      paidAmount: number;
      /** still to pay */
      due: number;
      /** nothing left to pay (paid in full, or nothing collected) */
      paid: boolean;
    };
    FeeView: {
      name: string;
      /** đồng */
      amount: number;
    };
    HandedDocumentDto: {
      /** one of the procedure's document names */
      name: string;
      originals: number;
      copies: number;
    };
    HandedDocumentView: {
      name: string;
      originals: number;
      copies: number;
    };
    HandlingCounts: {
      /** received in the period + carried over */
      total: number;
      /** received online in the period */
      receivedOnline: number;
      /** received in person or by post in the period */
      receivedOffline: number;
      /** received before the period and still pending at its start */
      carriedOver: number;
      /** done in the period */
      resolved: number;
      resolvedEarly: number;
      resolvedOnTime: number;
      resolvedLate: number;
      /** refused, withdrawn or stopped in the period */
      closedOther: number;
      /** pending at `asOf` (the end of the period, or now while it runs) */
      pending: number;
      pendingWithinDeadline: number;
      pendingOverdue: number;
    };
    HandlingReport: {
      from: string;
      to: string;
      /** the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far) */
      asOf: string;
      groupBy: "unit" | "field" | "procedure";
      rows: components["schemas"]["HandlingRow"][];
      total: components["schemas"]["HandlingCounts"];
      apologies: components["schemas"]["ApologyCounts"];
    };
    HandlingRow: {
      /** received in the period + carried over */
      total: number;
      /** received online in the period */
      receivedOnline: number;
      /** received in person or by post in the period */
      receivedOffline: number;
      /** received before the period and still pending at its start */
      carriedOver: number;
      /** done in the period */
      resolved: number;
      resolvedEarly: number;
      resolvedOnTime: number;
      resolvedLate: number;
      /** refused, withdrawn or stopped in the period */
      closedOther: number;
      /** pending at `asOf` (the end of the period, or now while it runs) */
      pending: number;
      pendingWithinDeadline: number;
      pendingOverdue: number;
      /** receiving unit id, field name or procedure code */
      key: string;
      /** unit name (groupBy=unit), procedure name (groupBy=procedure), else the key */
      label: string;
    };
    InboxPage: {
      items: components["schemas"]["DossierListItemView"][];
      nextCursor?: string | null;
      /** dossiers waiting in the inbox across pages, counted up to 1,000 */
      total: number;
      /** true when there are 1,000 or more: `total` stopped counting */
      totalCapped: boolean;
    };
    Indicator: {
      key: string;
      name: string;
      /** percent, 2 decimals; null when the denominator is 0 */
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      note?: string;
    };
    IndicatorsReport: {
      from: string;
      to: string;
      /** the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far) */
      asOf: string;
      indicators: components["schemas"]["Indicator"][];
      averageProcessingTime: components["schemas"]["ProcessingTime"][];
      averageProcessingTimeFormula: string;
    };
    LoginDto: {
      username: string;
      password: string;
    };
    LoginResponseDto: {
      /** JWT, sent back as `Authorization: Bearer <accessToken>` */
      accessToken: string;
      tokenType: "Bearer";
      /** seconds until the token expires; refresh it before */
      expiresIn: number;
      /** the password was set by an administrator: only POST /auth/password answers until it is changed */
      mustChangePassword: boolean;
      user: components["schemas"]["SessionUserDto"];
    };
    MigrateRevisionDto: {
      /** the revision the dossiers are on (GET /procedures/:code lists them) */
      fromRevision: number;
      /** the newer revision to move them to */
      toRevision: number;
      /** old step id → new step id; a step the new revision still has maps to itself unless given */
      mapping?: Record<string, unknown>;
      /** the dossier codes to move; absent: every running dossier on fromRevision */
      dossiers?: string[];
      /** code → the version the dry run showed; a dossier changed since gives 409 and nothing is written */
      versions?: Record<string, unknown>;
      /** true: list what would change and write nothing */
      dryRun: boolean;
    };
    MigrationItemView: {
      code: string;
      /** the version the plan was made on */
      version: number;
      status: string;
      from: components["schemas"]["StepPositionView"];
      to: components["schemas"]["StepPositionView"];
      /** the statutory appointment, kept */
      appointmentAt: string | null;
      /** what the new revision's limit would give from the clock start, when it differs (not applied) */
      newLimitAppointmentAt: string | null;
      assigneeReset: boolean;
      /** written (false in a dry run, or when the dossier changed during the run) */
      migrated: boolean;
      /** the version the migration gave it */
      newVersion: number | null;
      /** why it was not written in a real run */
      error: string | null;
    };
    MigrationView: {
      procedureCode: string;
      dryRun: boolean;
      fromRevision: number;
      toRevision: number;
      /** every step of fromRevision to its step in toRevision */
      mapping: Record<string, unknown>;
      dossiers: components["schemas"]["MigrationItemView"][];
      refused: components["schemas"]["RefusedDossierView"][];
    };
    NotificationPage: {
      items: components["schemas"]["NotificationView"][];
      nextCursor: string | null;
    };
    NotificationView: {
      id: string;
      /** flag: a deadline flag; apology: form 04 is due; calendar: a calendar change moved due instants */
      kind: "flag" | "apology" | "supplement_wait" | "calendar";
      flag: ("due_soon" | "overdue" | "step_overdue" | "stalled") | null;
      /** 1 step owner, 2 unit head, 3 center supervisor */
      level: (1 | 2 | 3) | null;
      dossierCode: string;
      title: string;
      body: string;
      createdAt: string;
      readAt: string | null;
    };
    OrgUnitView: {
      id: string;
      name: string;
      level: "province" | "commune" | "ministry";
      parent?: string | null;
      /** roles its staff may hold */
      roles: string[];
    };
    OrgUserView: {
      username: string;
      fullName: string;
      title: string;
      roles: string[];
    };
    ParkedMessageView: {
      /** the message id (X-Message-Id) */
      id: string;
      dossierCode: string;
      /** order of the message among its dossier’s */
      seq: number;
      /** TrangThaiHoSo it carries */
      portalStatus: number;
      attempts: number;
      lastError?: string | null;
      createdAt: string;
    };
    PaymentDto: {
      status: "unpaid" | "paid" | "not_required";
      /** VND */
      amount?: number;
    };
    PaymentView: {
      id: string;
      /** đồng */
      amount: number;
      method: "cash" | "bank_transfer" | "card" | "portal_online";
      source: "desk" | "portal";
      receiptNumber: string | null;
      portalTransactionId: string | null;
      /** the officer who received it */
      receivedBy: string | null;
      note: string | null;
      paidAt: string;
      recordedAt: string;
    };
    PendingRevisionView: {
      /** version declared in the file */
      version: number;
      /** revision counted by the server */
      revision: number;
      /** when new dossiers start taking it */
      effectiveFrom: string;
    };
    PortalDocumentDto: {
      /** one of the procedure's document names */
      name: string;
      originals: number;
      copies: number;
      fileName?: string;
      mimeType?: string;
      /** the file, base64; at most 5 MB once decoded */
      contentBase64?: string;
    };
    PortalPaymentDto: {
      /** MaHoSo: the dossier code */
      dossierCode: string;
      /** the payment platform's transaction id: the notice's idempotency key */
      transactionId: string;
      /** in đồng, whole */
      amount: number;
      /** when it was paid, ISO 8601 with offset */
      paidAt: string;
      /** the electronic receipt number, if the platform issued one */
      receiptNumber?: string;
    };
    PortalSupplementDto: {
      /** the documents now handed in, files inline */
      documents: components["schemas"]["PortalDocumentDto"][];
      /** the citizen's note to reception */
      note?: string;
    };
    ProcedureBranchView: {
      id: string;
      name: string;
      /** its step ids, in file order */
      steps: string[];
    };
    ProcedureDetailView: {
      file: string;
      code: string;
      /** version declared in the file */
      version: number;
      /** current revision */
      revision: number;
      /** local procedure code on the national portal */
      localCode?: string;
      /** when this version took (or takes) effect */
      effectiveFrom?: string;
      /** false when this version still waits for its effectiveFrom */
      inEffect: boolean;
      /** loaded versions waiting for their effectiveFrom */
      pending: components["schemas"]["PendingRevisionView"][];
      name: string;
      field: string;
      level: "province" | "commune" | "ministry";
      /** competent unit id in org.yaml */
      agency?: string;
      deadline: components["schemas"]["TimeLimitView"];
      /** absent: the center default; null: none */
      cutoff?: string | null;
      online: "full" | "partial" | "none";
      maxSupplementRequests: number;
      documents: components["schemas"]["ProcedureDocumentView"][];
      fees: components["schemas"]["ProcedureFeeView"][];
      /** when the fees are paid: before the result is handed over (default), after it, or not at the center */
      payment: "before_result" | "after_result" | "none";
      /** the decision that approved the internal procedure */
      source?: string;
      steps: components["schemas"]["ProcedureStepView"][];
      /** every revision, oldest first */
      revisions: components["schemas"]["ProcedureRevisionView"][];
      /** Mermaid stateDiagram-v2 of the steps */
      mermaid: string;
    };
    ProcedureDocumentView: {
      name: string;
      originals: number;
      copies: number;
      required: boolean;
    };
    ProcedureFeeView: {
      name: string;
      /** VND */
      amount: number;
    };
    ProcedureForkView: {
      branches: components["schemas"]["ProcedureBranchView"][];
      /** the branches that must join */
      join: string[];
      /** a step id or `done` */
      next: string;
    };
    ProcedureRefView: {
      code: string;
      name: string;
      revision: number;
    };
    ProcedureRevisionView: {
      revision: number;
      /** version declared in the file */
      version: number;
      loadedAt: string;
      /** when new dossiers start taking it; absent: when it was loaded */
      effectiveFrom?: string;
    };
    ProcedureStepDurationView: {
      amount: number;
      /** day and month: calendar time, where the limit is in days or months */
      unit: "working_hour" | "working_day" | "day" | "month";
    };
    ProcedureStepOwnerView: {
      /** unit id in org.yaml */
      unit: string;
      role: string;
    };
    ProcedureStepView: {
      id: string;
      name: string;
      owner: components["schemas"]["ProcedureStepOwnerView"];
      duration: components["schemas"]["ProcedureStepDurationView"];
      /** entering this step means the result is ready */
      result: boolean;
      /** form or document the step produces */
      output?: string;
      transitions: components["schemas"]["ProcedureTransitionView"][];
      line: number;
      /** a fork step: no owner of its own */
      fork?: components["schemas"]["ProcedureForkView"];
      /** a step of a branch: the branch id */
      branch?: string;
      /** a step of a branch: its fork step */
      forkOf?: string;
    };
    ProcedureSummaryView: {
      code: string;
      /** local procedure code on the national portal */
      localCode?: string;
      name: string;
      /** lĩnh vực */
      field: string;
      level: "province" | "commune" | "ministry";
      /** statutory time limit */
      deadline: components["schemas"]["TimeLimitView"];
      /** full: toàn trình; partial: một phần */
      online: "full" | "partial" | "none";
      /** revision of the file content, counted by the server */
      revision: number;
      /** version declared in the file */
      version: number;
      /** number of steps */
      steps: number;
      /** when this version took (or takes) effect; absent: when it was loaded */
      effectiveFrom?: string;
      /** false when every loaded version still waits for its effectiveFrom: no dossier can start yet */
      inEffect: boolean;
      /** loaded versions waiting for their effectiveFrom */
      pending: components["schemas"]["PendingRevisionView"][];
    };
    ProcedureTransitionView: {
      /** the action name */
      event: string;
      /** a step id or `done` */
      target: string;
      guard?: string;
      /** registry actions run on the way */
      actions: string[];
      /** line in the procedure file */
      line: number;
    };
    ProcessingTime: {
      procedureCode: string;
      procedureName: string;
      /** done dossiers finished in the period */
      count: number;
      /** working days, 2 decimals */
      averageWorkingDays: number;
    };
    PublicApologyView: {
      /** the agency that apologises (form 04 is issued in its name) */
      agency: string;
      previousAppointmentAt: string | null;
      newAppointmentAt: string;
      reason: string;
      issuedAt: string;
      /** the letter, in Vietnamese */
      text: string;
    };
    PublicCollectionView: {
      /** where the result is handed back: the receiving one-stop unit */
      place: string;
      /** the citizen registered to receive it by public post */
      byPost: boolean;
      readySince: string;
    };
    PublicDossierView: {
      code: string;
      procedure: components["schemas"]["PublicProcedureView"];
      status: string;
      /** TrangThaiHoSo of the national portal, 1–10 */
      portalStatus: number;
      /** the receiving unit, by name */
      receivingUnit: string;
      receivedAt: string;
      appointmentAt: string | null;
      limit: components["schemas"]["PublicLimitView"];
      resultReadyAt: string | null;
      finishedAt: string | null;
      currentStep: components["schemas"]["PublicStepView"] | null;
      timeline: components["schemas"]["PublicTimelineEntry"][];
      /** while the dossier waits for the citizen */
      supplement: components["schemas"]["PublicSupplementView"] | null;
      /** the letter of the latest extension */
      apology: components["schemas"]["PublicApologyView"] | null;
      /** once the result is ready */
      collection: components["schemas"]["PublicCollectionView"] | null;
      result: components["schemas"]["PublicResultView"] | null;
      /** the procedure's fees and charges (those above zero) */
      fees: components["schemas"]["PublicFeeView"][];
      /** đồng */
      feesTotal: number;
      /** nothing left to pay: paid in full, or no fee collected */
      paid: boolean;
    };
    PublicFeeView: {
      name: string;
      /** đồng */
      amount: number;
    };
    PublicLimitView: {
      /** the statutory time limit */
      statutory: string;
      /** each conditional limit as the rule that applies (Trường hợp …: 15 ngày làm việc) */
      conditions: string[];
      /** the limit this dossier is under once it took a conditional one, with the rule; null before */
      applied: string | null;
    };
    PublicProcedureView: {
      code: string;
      name: string;
    };
    PublicResultView: {
      number: string;
      /** the date on the document */
      issuedAt: string;
      /** who signed it, by title and name */
      signer: string;
      /** GET /public/dossiers/:code/result?key= answers the signed PDF */
      downloadable: boolean;
    };
    PublicStepView: {
      id: string;
      name: string;
      /** the owner unit, by name */
      unit: string | null;
    };
    PublicSupplementView: {
      /** why the dossier waits for the citizen (form 02) */
      reason: string;
      /** what to bring or send */
      items: string[];
      requestedAt: string;
    };
    PublicTimelineEntry: {
      action: string;
      from: components["schemas"]["PublicStepView"] | null;
      to: components["schemas"]["PublicStepView"] | null;
      status: string;
      portalStatus: number;
      at: string;
      stepDueAt: string | null;
      timeliness: ("early" | "on_time" | "late") | null;
    };
    RateDossierDto: {
      /** overall satisfaction */
      overall: number;
      /** the result came back by the appointment */
      onTime: number;
      /** the staff's attitude */
      staffAttitude: number;
      /** the guidance given on the dossier (hướng dẫn) */
      guidance: number;
      /** the premises and equipment of the center; for dossiers handed in at a desk */
      facilities?: number;
      comment?: string;
    };
    RatingReceiptView: {
      code: string;
      ratedAt: string;
    };
    ReadAllView: {
      /** notifications marked read now */
      updated: number;
    };
    ReadNotificationsDto: {
      ids: string[];
    };
    ReceiptView: {
      code: string;
      /** mã tra cứu: the citizen's key to the public lookup, printed on the receipt (form 01) */
      lookupKey: string;
      status: "submitted" | "awaiting_documents" | "accepted" | "in_progress" | "awaiting_supplement" | "result_ready" | "done" | "refused" | "withdrawn" | "stopped";
      version: number;
      receivedAt: string;
      /** when the statutory clock starts (cut-off applied) */
      clockStartsAt: string | null;
      /** ngày hẹn trả kết quả */
      appointmentAt: string | null;
      /** the appointment is computed across a provisional calendar year */
      appointmentProvisional: boolean;
      /** those provisional years */
      provisionalYears: number[];
      missingDocuments: string[];
    };
    ReceiveDossierDto: {
      procedureCode: string;
      /** in person or by post; an online dossier comes only through the portal (POST /portal/dossiers) */
      channel: "in_person" | "post";
      applicant: components["schemas"]["ApplicantDto"];
      documents: components["schemas"]["HandedDocumentDto"][];
      /** where the citizen collects the result: at the one-stop desk, or by public post to the applicant's address */
      resultDelivery?: "desk" | "post";
      /** trích yếu: what the dossier asks for */
      summary?: string;
      decision?: "accept" | "request_supplement" | "refuse";
      /** required when the decision is request_supplement or refuse */
      reason?: string;
      /** required when the decision is request_supplement */
      missingItems?: string[];
    };
    RecordPaymentDto: {
      /** in đồng, whole */
      amount: number;
      method: "cash" | "bank_transfer" | "card";
      /** the receipt's number (unique in the agency) */
      receiptNumber: string;
      /** why more than the listed fees is collected (e.g. a per-page fee) */
      note?: string;
    };
    RecordResultDto: {
      /** result, or refusal (the written refusal of a refused dossier) */
      kind: "result" | "refusal";
      number: string;
      /** the date on the document; not after today */
      documentDate: string;
      signerName: string;
      signerTitle: string;
      /** the decision printed on a generated result; a refusal prints the refuse action reason instead */
      decision?: string;
    };
    RefusedDossierView: {
      code: string;
      reasonCode: string;
      reason: string;
    };
    ResultCollectorDto: {
      kind: "applicant" | "authorized" | "post";
      /** authorized: the person collecting */
      fullName?: string;
      /** default cccd (12 digits) */
      idType?: "cccd" | "other";
      idNumber?: string;
      /** authorized: the authorization paper */
      authorization?: string;
      /** post: the postal item number */
      postalReference?: string;
    };
    ResultCollectorView: {
      kind: "applicant" | "authorized" | "post";
      fullName: string | null;
      idType: ("cccd" | "other") | null;
      idNumber: string | null;
      authorization: string | null;
      postalReference: string | null;
    };
    ResultView: {
      dossierCode: string;
      kind: "result" | "refusal";
      number: string;
      documentDate: string;
      signerName: string;
      signerTitle: string;
      decision: string;
      source: "template" | "upload";
      /** sha256 of the signed PDF, hex */
      sha256: string;
      size: number;
      signedAt: string;
      /** sha256 of the signing certificate (DER), hex */
      certificateSha256: string;
      recordedAt: string;
      recordedBy: string;
      /** the signed PDF, for those who may read the dossier */
      fileUrl: string;
    };
    SatisfactionReport: {
      from: string | null;
      to: string | null;
      count: number;
      averages: components["schemas"]["CriteriaAverages"];
      /** share (0–1) of ratings with overall ≤ 2 */
      lowShare: number | null;
    };
    SessionUserDto: {
      username: string;
      fullName: string;
      /** chức danh */
      title: string;
      /** unit id in org.yaml */
      unit: string;
      unitName: string;
      roles: ("reception" | "officer" | "head" | "leader" | "supervisor" | "admin" | "portal")[];
    };
    SetPasswordDto: {
      /** a temporary password the user must change at their next login; same rules as any password */
      password: string;
    };
    SignerView: {
      commonName: string | null;
      organization: string | null;
      /** the certificate serial number, hex */
      serialNumber: string;
      /** sha256 of the certificate (DER), hex */
      fingerprint: string;
      validFrom: string;
      validTo: string;
    };
    StepOwnerView: {
      unit: string;
      role: string;
    };
    StepPositionView: {
      revision: number;
      /** the file's declared version */
      version: number;
      step: string | null;
      stepName: string | null;
      ownerUnit: string | null;
      ownerRole: string | null;
      stepDueAt: string | null;
    };
    StepView: {
      id: string;
      name: string;
      owner: components["schemas"]["StepOwnerView"];
      /** login name */
      assignee?: string | null;
      /** the assignee's full name */
      assigneeName?: string | null;
      startedAt: string | null;
      dueAt: string | null;
    };
    SubmitPortalDossierDto: {
      /** the portal's own dossier id; a resend with the same id is the same dossier */
      portalDossierId: string;
      procedureCode: string;
      /** the unit of org.yaml receiving the dossier */
      receivingUnit: string;
      applicant: components["schemas"]["ApplicantDto"];
      documents: components["schemas"]["PortalDocumentDto"][];
      payment: components["schemas"]["PaymentDto"];
      /** trích yếu: what the dossier asks for */
      summary?: string;
    };
    TimeLimitView: {
      amount: number;
      unit: "working_hour" | "working_day" | "day" | "month";
      /** the due instant moves to the close of that working day */
      dueAtClose?: boolean;
    };
    TimelinessVerdictView: {
      status: "early" | "on_time" | "late" | "within_deadline" | "overdue";
      /** working minutes counted against the limit */
      usedMinutes: number;
      /** working minutes the limit allows */
      allowedMinutes: number;
    };
    TimelinessView: {
      code: string;
      /** null until the dossier is accepted */
      firstAppointmentAt: string | null;
      /** Decree 118/2025: restart after a supplement */
      decree: components["schemas"]["TimelinessVerdictView"] | null;
      /** Decision 766: the wait is subtracted */
      decision766: components["schemas"]["TimelinessVerdictView"] | null;
      pauses: string[];
    };
    TransferDto: {
      /** the competent agency's procedure the dossier goes to */
      procedureCode: string;
      reason: string;
      expectedVersion: number;
    };
    TrendPoint: {
      /** the month, or the Monday starting the week */
      label: string;
      /** start of the interval (clipped to the period), inclusive */
      from: string;
      /** end of the interval (clipped to the period), exclusive */
      to: string;
      /** received in the interval + carried over (form 06 total) */
      total: number;
      /** resolved early or on time + pending within the deadline */
      onTime: number;
      /** resolved late + pending overdue */
      late: number;
      /** onTime / total × 100, 2 decimals; null when 0 */
      onTimeRate: number | null;
    };
    TrendReport: {
      from: string;
      to: string;
      /** the earlier of `to` and now: intervals after it are left out, the running one ends there */
      asOf: string;
      interval: "month" | "week";
      points: components["schemas"]["TrendPoint"][];
    };
    UploadLimitsView: {
      maxFileBytes: number;
      maxDossierBytes: number;
      maxFiles: number;
      acceptedTypes: string[];
    };
    UserAccountView: {
      username: string;
      fullName: string;
      title: string;
      unit: string;
      roles: ("reception" | "officer" | "head" | "leader" | "supervisor" | "admin" | "portal")[];
      /** may log in: listed in org.yaml and not deactivated by an administrator */
      active: boolean;
      /** deactivated by an administrator at */
      disabledAt?: string | null;
      /** an account of another system (the portal client): no interactive login */
      systemAccount: boolean;
      /** has a password at all */
      hasPassword: boolean;
      mustChangePassword: boolean;
      passwordChangedAt?: string | null;
    };
    VerificationView: {
      /** the signature covers the whole file but itself and verifies */
      valid: boolean;
      problem: ("NO_SIGNATURE" | "BYTE_RANGE_INCOMPLETE" | "MALFORMED_SIGNATURE" | "DIGEST_MISMATCH" | "SIGNATURE_INVALID") | null;
      /** in Vietnamese, for the person who checks */
      message: string;
      subFilter: string | null;
      /** PAdES baseline: ETSI.CAdES.detached with the ESS signing-certificate-v2 attribute */
      pades: boolean;
      signer: components["schemas"]["SignerView"] | null;
      /** the signing time the signature states */
      signedAt: string | null;
      /** signed with this agency's configured certificate */
      agencyCertificate: boolean;
    };
    VersionView: {
      name: string;
      version: string;
    };
  };
}
