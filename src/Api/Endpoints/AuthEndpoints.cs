using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Api.Endpoints;

public sealed record LoginRequest(string Email, string Password);

public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

public sealed record AntiforgeryTokenDto(string Token);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapGet("/antiforgery", GetAntiforgeryToken).AllowAnonymous()
            .Describe(nameof(GetAntiforgeryToken), "Issues an antiforgery token (also set as the XSRF-TOKEN cookie) for unsafe requests.");
        group.MapPost("/login", Login).AllowAnonymous()
            .Describe(nameof(Login), "Signs an employee in with e-mail and password; sets the HttpOnly session cookie.", 400);
        group.MapPost("/logout", Logout).RequireAuthorization().Describe(nameof(Logout), "Signs the current user out.");
        group.MapGet("/me", GetCurrentUser).RequireAuthorization().Describe(nameof(GetCurrentUser), "The signed-in user with their roles.");
    }

    public static Ok<AntiforgeryTokenDto> GetAntiforgeryToken(HttpContext context) =>
        TypedResults.Ok(new AntiforgeryTokenDto(SecurityMiddleware.IssueAntiforgeryToken(context)));

    public static async Task<Results<Ok<CurrentUserDto>, ProblemHttpResult, ValidationProblem>> Login(
        LoginRequest request, HttpContext context, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users)
    {
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

            return TypedResults.ValidationProblem(errors, title: "Some fields are not valid.", extensions: Code("validation_failed"));
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        var result = user is null ? SignInResult.Failed : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(
                "Too many failed attempts; try again in 15 minutes.", statusCode: 400, title: "Account locked.", extensions: Code("locked_out"));
        }

        if (!result.Succeeded || user is null)
        {
            return TypedResults.Problem("E-mail or password is wrong.", statusCode: 400, title: "Sign-in failed.", extensions: Code("invalid_credentials"));
        }

        // The antiforgery token is bound to the user, so the signed-in user gets a fresh one.
        context.User = await signIn.CreateUserPrincipalAsync(user);
        SecurityMiddleware.IssueAntiforgeryToken(context);
        return TypedResults.Ok(await Describe(user, users));
    }

    public static async Task<NoContent> Logout(HttpContext context, SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        context.Response.Cookies.Delete(SecurityMiddleware.XsrfCookie);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<CurrentUserDto>, UnauthorizedHttpResult>> GetCurrentUser(HttpContext context, UserManager<ApplicationUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await Describe(user, users));
    }

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static async Task<CurrentUserDto> Describe(ApplicationUser user, UserManager<ApplicationUser> users)
    {
        var roles = await users.GetRolesAsync(user);
        return new CurrentUserDto(user.Id, user.Email ?? string.Empty, user.DisplayName, [.. roles.Where(Roles.Employees.Contains)]);
    }
}
