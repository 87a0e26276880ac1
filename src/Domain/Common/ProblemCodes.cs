using System.Reflection;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// Every <c>code</c> an API problem response can carry: stable, machine-readable, snake_case. Clients switch on these
/// (the OpenAPI document publishes them as the <c>ProblemCode</c> enum), so a code is never renamed, only added.
/// It lives in the domain because domain rules throw most of them and the domain references nothing.
/// </summary>
public static class ProblemCodes
{
    // Protocol and framework failures (any endpoint).
    public const string MalformedRequest = "malformed_request";
    public const string ValidationFailed = "validation_failed";
    public const string AntiforgeryTokenInvalid = "antiforgery_token_invalid";
    public const string Unauthenticated = "unauthenticated";
    public const string InvalidToken = "invalid_token";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string NotAcceptable = "not_acceptable";
    public const string Conflict = "conflict";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string RequestFailed = "request_failed";
    public const string InternalError = "internal_error";
    public const string ServiceUnavailable = "service_unavailable";

    // Sign-in.
    public const string InvalidCredentials = "invalid_credentials";
    public const string AccountInactive = "account_inactive";
    public const string CookieSessionRequired = "cookie_session_required";
    public const string PasswordResetInvalid = "password_reset_invalid";

    // Field rules (Guard, parameter values).
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string ValueRequired = "value_required";
    public const string ValueNotInteger = "value_not_integer";
    public const string ValueTypeUnknown = "value_type_unknown";
    public const string ValueTypeMismatch = "value_type_mismatch";
    public const string ValueNegative = "value_negative";

    // Partner program.
    public const string DuplicateName = "duplicate_name";
    public const string DuplicateCategory = "duplicate_category";
    public const string DuplicateLevelNumber = "duplicate_level_number";
    public const string LevelNumberInvalid = "level_number_invalid";
    public const string TargetScoreInvalid = "target_score_invalid";
    public const string ParameterNotFound = "parameter_not_found";
    public const string ParameterNotEditable = "parameter_not_editable";
    public const string PeriodInvalid = "period_invalid";
    public const string ObligationNotMeasurable = "obligation_not_measurable";
    public const string ObligationScoreRequired = "obligation_score_required";
    public const string BenefitHasScore = "benefit_has_score";

    // Accounts and partnerships.
    public const string AccountNotPartner = "account_not_partner";
    public const string AccountHasPartnerships = "account_has_partnerships";
    public const string ActivePartnershipExists = "active_partnership_exists";
    public const string TypeHasNoLevels = "type_has_no_levels";
    public const string TopLevel = "top_level";
    public const string NotEligibleForPromotion = "not_eligible_for_promotion";
    public const string LevelMismatch = "level_mismatch";
    public const string LevelTypeMismatch = "level_type_mismatch";
    public const string ConcurrentChange = "concurrent_change";
    public const string LevelChangeNeedsOverride = "level_change_needs_override";
    public const string LevelUnchanged = "level_unchanged";
    public const string LevelNumberGap = "level_number_gap";
    public const string LevelNumberFixed = "level_number_fixed";
    public const string ObligationTargetUnreachable = "obligation_target_unreachable";
    public const string LevelTargetUnreachable = "level_target_unreachable";

    // The tier engine (issue 11).
    public const string MetricIsComputed = "metric_is_computed";
    public const string NotOverridden = "not_overridden";
    public const string GraceDaysInvalid = "grace_days_invalid";
    public const string RenewalTooEarly = "renewal_too_early";
    public const string RenewalNeedsReason = "renewal_needs_reason";

    // Portal access, licences and invitations.
    public const string OrganizationExists = "organization_exists";
    public const string OrganizationUserLimit = "organization_user_limit";
    public const string DuplicateContact = "duplicate_contact";
    public const string ContactOfOtherAccount = "contact_of_other_account";
    public const string UserExists = "user_exists";
    public const string EmailNotAvailable = "email_not_available";
    public const string EmailOutsideDomain = "email_outside_domain";
    public const string EmailDomainNotSet = "email_domain_not_set";
    public const string EmailDomainInvalid = "email_domain_invalid";
    public const string EmailDomainPublic = "email_domain_public";
    public const string TaxIdInvalid = "tax_id_invalid";
    public const string UserInactive = "user_inactive";
    public const string CannotDeactivateSelf = "cannot_deactivate_self";
    public const string CannotChangeOwnAdmin = "cannot_change_own_admin";
    public const string NoFreeSeat = "no_free_seat";
    public const string SeatsInvalid = "seats_invalid";
    public const string SeatsBelowUsage = "seats_below_usage";
    public const string InvitationNotFound = "invitation_not_found";
    public const string InvitationUsed = "invitation_used";
    public const string InvitationExpired = "invitation_expired";
    public const string NoActivePartnership = "no_active_partnership";

    // Funds and the ledger.
    public const string DuplicateCode = "duplicate_code";
    public const string FundTypeCodeInvalid = "fund_type_code_invalid";
    public const string FundExists = "fund_exists";
    public const string FundInactive = "fund_inactive";
    public const string PartnershipInactive = "partnership_inactive";
    public const string AmountInvalid = "amount_invalid";
    public const string InsufficientFunds = "insufficient_funds";
    public const string OverdraftReasonRequired = "overdraft_reason_required";
    public const string EntryNotReversible = "entry_not_reversible";
    public const string EntryAlreadyReversed = "entry_already_reversed";
    public const string NoMarketingFund = "no_marketing_fund";
    public const string CarryOverInvalid = "carry_over_invalid";

    // Idempotent requests (Idempotency-Key header).
    public const string IdempotencyKeyRequired = "idempotency_key_required";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string IdempotencyKeyInProgress = "idempotency_key_in_progress";

    // Marketing activities (W8, D7).
    public const string ActivityStatusInvalid = "activity_status_invalid";
    public const string ActivityBudgetInvalid = "activity_budget_invalid";
    public const string ActivityFundInvalid = "activity_fund_invalid";
    public const string ActivityOwnerInvalid = "activity_owner_invalid";

    // Leads and offers (W4, W5).
    public const string LeadStatusInvalid = "lead_status_invalid";
    public const string LeadOfferInvalid = "lead_offer_invalid";
    public const string LeadPartnerExcluded = "lead_partner_excluded";
    public const string LeadPartnerInvalid = "lead_partner_invalid";
    public const string LeadOwnerInvalid = "lead_owner_invalid";
    public const string LeadCustomerInvalid = "lead_customer_invalid";
    public const string LeadCustomerRequired = "lead_customer_required";
    public const string LeadBudgetInvalid = "lead_budget_invalid";
    public const string LeadNotHeld = "lead_not_held";

    /// <summary>An employee changes the status of a lead a partner holds or is offered: the partner works it.</summary>
    public const string LeadWorkedByPartner = "lead_worked_by_partner";

    // Opportunities (W6, D19).
    public const string OpportunityStageInvalid = "opportunity_stage_invalid";

    /// <summary>A won or lost opportunity's stage changes only by an employee's reopen.</summary>
    public const string OpportunityClosed = "opportunity_closed";
    public const string OpportunityNotClosed = "opportunity_not_closed";
    public const string OpportunityAmountInvalid = "opportunity_amount_invalid";
    public const string OpportunityOwnerInvalid = "opportunity_owner_invalid";
    public const string OpportunityPartnerInvalid = "opportunity_partner_invalid";
    public const string OpportunityCustomerInvalid = "opportunity_customer_invalid";

    // Deal registrations (issue 9, D9).
    public const string DealAmountInvalid = "deal_amount_invalid";
    public const string DealRegistrationStatusInvalid = "deal_registration_status_invalid";
    public const string DealRegistrationNotProtected = "deal_registration_not_protected";
    public const string DealExtensionUsed = "deal_extension_used";
    public const string DealExtensionPending = "deal_extension_pending";
    public const string DealExtensionNotRequested = "deal_extension_not_requested";
    public const string DealProtectionDaysInvalid = "deal_protection_days_invalid";
    public const string DealPreCheckKeyRequired = "deal_pre_check_key_required";
    public const string CursorInvalid = "cursor_invalid";

    // Notifications and act-from-e-mail links (issue 9, section 6 item 6).
    public const string EmailActionUsed = "email_action_used";
    public const string EmailActionExpired = "email_action_expired";

    // Products and price lists (issue 10).
    public const string ProductCodeInvalid = "product_code_invalid";
    public const string ProductInactive = "product_inactive";

    /// <summary>A product that price lists name is deactivated, not deleted.</summary>
    public const string ProductInUse = "product_in_use";
    public const string PriceInvalid = "price_invalid";
    public const string PriceListScopeInvalid = "price_list_scope_invalid";

    /// <summary>The base list, the level or the account already has its price list.</summary>
    public const string PriceListExists = "price_list_exists";
    public const string PriceListLineNotFound = "price_list_line_not_found";

    /// <summary>A price-list benefit references a Base or Level list: a partner's personal list is not a level's benefit.</summary>
    public const string PriceListPersonal = "price_list_personal";

    /// <summary>The category's metric and the value type disagree: the Price list metric takes exactly a price-list reference.</summary>
    public const string PriceListValueType = "price_list_value_type";

    /// <summary>A level's or a partnership's Price list benefit references the list: change those benefits first.</summary>
    public const string PriceListInUse = "price_list_in_use";

    // Orders (issue 10, D6).
    /// <summary>The order's status does not allow the change (lines change only on a draft; the status flow).</summary>
    public const string OrderStatusInvalid = "order_status_invalid";
    public const string OrderQuantityInvalid = "order_quantity_invalid";
    public const string OrderDiscountInvalid = "order_discount_invalid";

    /// <summary>The product is on the order already: change that line's quantity instead.</summary>
    public const string OrderLineExists = "order_line_exists";
    public const string OrderLineNotFound = "order_line_not_found";
    public const string OrderTooManyLines = "order_too_many_lines";

    /// <summary>An order is submitted with at least one line.</summary>
    public const string OrderEmpty = "order_empty";
    public const string OrderPartnerInvalid = "order_partner_invalid";

    /// <summary>Only a won partner opportunity becomes an order.</summary>
    public const string OpportunityNotWon = "opportunity_not_won";

    /// <summary>The opportunity became an order already.</summary>
    public const string OpportunityHasOrder = "opportunity_has_order";

    // Training and certificates (W9).
    /// <summary>The certification fund was debited for the training: its payment is fixed.</summary>
    public const string TrainingPaymentLocked = "training_payment_locked";

    /// <summary>A certificate's training must be one of the same contact of the same partner.</summary>
    public const string CertificateTrainingInvalid = "certificate_training_invalid";

    // Outside services, the outbox and scheduled jobs.
    public const string EmailUnavailable = "email_unavailable";
    public const string OutboxMessageNotDead = "outbox_message_not_dead";

    /// <summary>Every code, by constant name (the name the generated clients use), in declaration order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Named =
    [
        .. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => KeyValuePair.Create(f.Name, (string)f.GetRawConstantValue()!)),
    ];

    public static readonly IReadOnlyList<string> All = [.. Named.Select(c => c.Value)];

    /// <summary>The code for a response that has none of its own (e.g. a framework's empty 405), by status.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        409 => Conflict,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        503 => ServiceUnavailable,
        >= 500 => InternalError,
        _ => RequestFailed,
    };
}
