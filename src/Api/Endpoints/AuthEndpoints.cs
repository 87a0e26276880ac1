using PartnerPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Application.Features.PortalUsers.AcceptInvitation;
using PartnerPortal.Application.Features.PortalUsers.GetInvitation;
using PartnerPortal.Application.Features.Profile.ChangePassword;
using PartnerPortal.Application.Features.Profile.RequestPasswordReset;
using PartnerPortal.Application.Features.Profile.ResetPassword;
using PartnerPortal.Application.Features.Profile.UpdateProfile;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.Endpoints;

public sealed record LoginRequest(string Email, string Password);

public enum UserKind
{
    Employee,
    PortalUser,
}

/// <summary>The partner a portal user works for; <see cref="EmailDomain"/> is where its organization admins may add users (none: they cannot).</summary>
public sealed record PartnerMembershipDto(Guid AccountId, string AccountName, Guid OrganizationId, bool IsOrganizationAdmin, string? EmailDomain);

/// <param name="Permissions">What the user's roles let them do (<see cref="Application.Common.Security.Permissions"/>,
/// published as <c>Permission</c>): the same role lists the API enforces, so clients show only what is allowed.</param>
/// <param name="Currency">The installation's currency (D5): the SPA shows every amount in it.</param>
public sealed record CurrentUserDto(
    Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, UserKind Kind,
    PartnerMembershipDto? Partner, string Currency);

public sealed record AntiforgeryTokenDto(string Token);

/// <summary>Sign-in for employees and portal users (one login page, one cookie), profile, and invitation links.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapGet("/antiforgery", GetAntiforgeryToken).AllowAnonymous()
            .Describe(nameof(GetAntiforgeryToken), "Issues an antiforgery token (also set as the XSRF-TOKEN cookie) for unsafe requests.");
        group.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(WebApiServices.SignInRateLimit)
            .Describe(nameof(Login), "Signs a user in with e-mail and password; sets the HttpOnly session cookie.", 400, 429);
        group.MapPost("/logout", Logout).RequireAuthorization().WithMetadata(CookieSessionOnly.Instance).Describe(nameof(Logout), "Signs the current user out.");
        group.MapGet("/me", GetCurrentUser).RequireAuthorization().WithMetadata(CookieSessionOnly.Instance).Describe(nameof(GetCurrentUser), "The signed-in user, their roles and partner.");
        group.MapPut("/profile", UpdateProfile).RequireAuthorization().WithMetadata(CookieSessionOnly.Instance).Describe(nameof(UpdateProfile), "Changes the signed-in user's display name.", 400);
        group.MapPost("/password", ChangePassword).RequireAuthorization().WithMetadata(CookieSessionOnly.Instance)
            .Describe(nameof(ChangePassword), "Changes the signed-in user's password.", 400);

        group.MapPost("/forgot-password", RequestPasswordReset).AllowAnonymous().RequireRateLimiting(WebApiServices.SignInRateLimit)
            .Describe(
                nameof(RequestPasswordReset), "E-mails a single-use password-reset link to the address when it has a login.",
                "E-mails a single-use password-reset link (valid 2 hours) to the address when it has a login. The answer is the same "
                + "whether or not it has one.", 400, 429);
        group.MapPost("/reset-password", ResetPassword).AllowAnonymous().RequireRateLimiting(WebApiServices.SignInRateLimit)
            .Describe(nameof(ResetPassword), "Sets a new password with the token of a reset link (single use); ends every session of the user.", 400, 422, 429);

        var invitations = app.MapGroup("/api/invitations").WithTags("Auth").AllowAnonymous();
        invitations.MapGet("/{token}", GetInvitation).Describe(nameof(GetInvitation), "Tells whether an invitation link is valid, expired or used.", 404);
        invitations.MapPost("/{token}/accept", AcceptInvitation).RequireRateLimiting(WebApiServices.SignInRateLimit)
            .Describe(nameof(AcceptInvitation), "Sets the password of an invited portal user and signs them in (single use).", 400, 404, 409, 429);
    }

    public static Ok<AntiforgeryTokenDto> GetAntiforgeryToken(HttpContext context) =>
        TypedResults.Ok(new AntiforgeryTokenDto(SecurityMiddleware.IssueAntiforgeryToken(context)));

    public static async Task<Results<Ok<CurrentUserDto>, ProblemHttpResult, ValidationProblem>> Login(
        LoginRequest request, HttpContext context, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ApplicationDbContext db)
    {
        // Sign-in does not go through the Mediator pipeline, so it applies the text-input rule itself.
        var text = TextInput.Failures(request);
        if (text.Count > 0)
        {
            var invalid = text.GroupBy(f => Problems.FieldName(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray());
            return TypedResults.ValidationProblem(invalid, title: "Some fields are not valid.", extensions: Code(ProblemCodes.ValidationFailed));
        }

        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Email))
            {
                errors["email"] = ["Enter your e-mail."];
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = ["Enter your password."];
            }

            return TypedResults.ValidationProblem(errors, title: "Some fields are not valid.", extensions: Code(ProblemCodes.ValidationFailed));
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);

        // A locked login gets the same answer as a wrong password, so the answer never tells which e-mails exist; nor
        // does its duration: where no password was checked (unknown e-mail, locked login), one is checked against a
        // dummy hash with the same hasher, so every failed sign-in costs one hash verification.
        if (user is null || result.IsLockedOut || result.IsNotAllowed)
        {
            DummyPassword.Verify(users.PasswordHasher, request.Password);
        }

        if (!result.Succeeded || user is null)
        {
            return TypedResults.Problem(
                "E-mail or password is wrong. After 5 failed attempts the login is locked for 15 minutes.", statusCode: 400, title: "Sign-in failed.",
                extensions: Code(ProblemCodes.InvalidCredentials));
        }

        var description = await Describe(user, users, db, context);
        if (description.Kind == UserKind.PortalUser && description.Partner is null)
        {
            return TypedResults.Problem(
                "Your portal access has been deactivated; ask your organization's administrator.", statusCode: 400, title: "Access ended.",
                extensions: Code(ProblemCodes.AccountInactive));
        }

        await SignIn(context, signIn, user);
        return TypedResults.Ok(description);
    }

    public static async Task<NoContent> Logout(HttpContext context, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users)
    {
        // A new security stamp ends every session of the user, not only this browser's cookie.
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        context.Response.Cookies.Delete(SecurityMiddleware.XsrfCookie);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<CurrentUserDto>, UnauthorizedHttpResult>> GetCurrentUser(
        HttpContext context, UserManager<ApplicationUser> users, ApplicationDbContext db)
    {
        var user = await users.GetUserAsync(context.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await Describe(user, users, db, context));
    }

    public static async Task<Ok<CurrentUserDto>> UpdateProfile(
        UpdateProfileCommand body, ISender sender, HttpContext context, UserManager<ApplicationUser> users, ApplicationDbContext db, CancellationToken ct)
    {
        await sender.Send(body, ct);
        var user = await users.GetUserAsync(context.User);
        return TypedResults.Ok(await Describe(user!, users, db, context));
    }

    public static async Task<NoContent> ChangePassword(
        ChangePasswordCommand body, ISender sender, HttpContext context, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users,
        CancellationToken ct)
    {
        // The change renews the security stamp, which ends every session of the user; this one continues with a new cookie.
        await sender.Send(body, ct);
        var user = await users.GetUserAsync(context.User);
        if (user is not null)
        {
            await SignIn(context, signIn, user);
        }

        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RequestPasswordReset(RequestPasswordResetCommand body, ISender sender, CancellationToken ct)
    {
        await sender.Send(body, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ResetPassword(ResetPasswordCommand body, ISender sender, CancellationToken ct)
    {
        await sender.Send(body, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<InvitationDto>> GetInvitation(string token, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetInvitationQuery(token), ct));

    public static async Task<Ok<CurrentUserDto>> AcceptInvitation(
        string token, AcceptInvitationCommand body, ISender sender, HttpContext context, SignInManager<ApplicationUser> signIn,
        UserManager<ApplicationUser> users, ApplicationDbContext db, CancellationToken ct)
    {
        var userId = await sender.Send(body with { Token = token }, ct);
        var user = (await users.FindByIdAsync(userId.ToString()))!;
        await SignIn(context, signIn, user);
        return TypedResults.Ok(await Describe(user, users, db, context));
    }

    private static async Task SignIn(HttpContext context, SignInManager<ApplicationUser> signIn, ApplicationUser user)
    {
        await signIn.SignInAsync(user, isPersistent: false);

        // The antiforgery token is bound to the user, so the signed-in user gets a fresh one.
        context.User = await signIn.CreateUserPrincipalAsync(user);
        SecurityMiddleware.IssueAntiforgeryToken(context);
    }

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static async Task<CurrentUserDto> Describe(ApplicationUser user, UserManager<ApplicationUser> users, ApplicationDbContext db, HttpContext context)
    {
        var currency = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AppOptions>>().Value.Currency;
        var roles = (await users.GetRolesAsync(user)).Where(Roles.All.Contains).ToList();
        if (!roles.Contains(Roles.PortalUser))
        {
            return new CurrentUserDto(user.Id, user.Email ?? string.Empty, user.DisplayName, roles, Permissions.For(roles), UserKind.Employee, null, currency);
        }

        var membership = await (
                from u in db.PortalUsers.IgnoreQueryFilters()
                join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                join a in db.Accounts.IgnoreQueryFilters() on o.AccountId equals a.Id
                where u.Id == user.Id && u.IsActive && o.IsInPartnerPortalUsersRole
                select new PartnerMembershipDto(a.Id, a.Name, o.Id, u.IsOrganizationAdmin, a.EmailDomain))
            .FirstOrDefaultAsync();
        return new CurrentUserDto(user.Id, user.Email ?? string.Empty, user.DisplayName, roles, Permissions.For(roles), UserKind.PortalUser, membership, currency);
    }
}
