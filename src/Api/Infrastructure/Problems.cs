using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>
/// The one place where failures become RFC 9457 problem responses, each with a stable machine-readable <c>code</c>.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException { StatusCode: 413 } tooLarge => Problems.Create(413, ProblemCodes.PayloadTooLarge, "The request body is too large.", tooLarge.Message),
            BadHttpRequestException { StatusCode: 415 } mediaType => Problems.Create(
                415, ProblemCodes.UnsupportedMediaType, "The request body's content type is not supported.", mediaType.Message),
            BadHttpRequestException bad => Problems.Create(bad.StatusCode, ProblemCodes.MalformedRequest, "The request could not be read.", bad.Message),
            JsonException json => Problems.Create(400, ProblemCodes.MalformedRequest, "The request could not be read.", json.Message),
            // A form (e.g. the token request) whose values ASP.NET Core refuses to decode, such as %00.
            InvalidDataException form => Problems.Create(400, ProblemCodes.MalformedRequest, "The request could not be read.", form.Message),
            BadRequestException bad => Problems.Create(400, bad.Code, "The request is missing something.", bad.Message),
            NotFoundException notFound => Problems.Create(404, ProblemCodes.NotFound, "Not found.", notFound.Message),
            UnauthorizedAccessException => Problems.Create(401, ProblemCodes.Unauthenticated, "Sign in first."),
            ForbiddenAccessException forbidden => Problems.Create(403, ProblemCodes.Forbidden, Problems.ForbiddenTitle, forbidden.Message),
            DomainRuleException rule => Problems.Create(rule.IsConflict ? 409 : 422, rule.Code, rule.IsConflict ? "This clashes with existing data." : "This cannot be done.", rule.Message),
            ServiceUnavailableException unavailable => Problems.Create(503, unavailable.Code, "Service unavailable.", unavailable.Message),
            DbUpdateConcurrencyException => Problems.Create(
                409, ProblemCodes.ConcurrentChange, "Someone changed this at the same time.", "Someone else changed this record at the same time; reload and try again."),
            DbUpdateException => Problems.Create(409, ProblemCodes.Conflict, "This clashes with data saved at the same time.", "The change clashes with data saved at the same time; reload and try again."),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", httpContext.Request.Path);
            problem = Problems.Create(
                500, ProblemCodes.InternalError, "Something went wrong on our side.", environment.IsDevelopment() ? exception.ToString() : null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }))
        {
            return true;
        }

        // The caller accepts no JSON (the TS client asks a CSV export for text/csv only): the problem is still the
        // answer, as application/problem+json, rather than an empty body.
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static ProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => Problems.FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = 400,
            Title = "Some fields are not valid.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value).Take(3)),
        };
        problem.Extensions["code"] = ProblemCodes.ValidationFailed;
        return problem;
    }
}

internal static partial class Problems
{
    /// <summary>The title of every 403: said as a person would, not as the status's name.</summary>
    public const string ForbiddenTitle = "You do not have permission to do this.";

    /// <summary>
    /// Gives a problem that has no <c>code</c> (the framework's own: an empty 405, 415 or 401 turned into a problem
    /// by status-code pages) the code of its status. A refused bearer token gets <c>invalid_token</c>: OpenIddict
    /// answers it with no body, only the RFC 6750 <c>WWW-Authenticate</c> header, which says why.
    /// </summary>
    public static void AddMissingCode(ProblemDetails problem, HttpContext context)
    {
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.Response.StatusCode;
        var bearer = BearerError().Match(context.Response.Headers.WWWAuthenticate.ToString());
        if (status == 401 && bearer.Success && bearer.Groups["error"].Value == ProblemCodes.InvalidToken)
        {
            problem.Extensions["code"] = ProblemCodes.InvalidToken;
            problem.Title = "The bearer token is not valid.";
            problem.Detail ??= bearer.Groups["description"].Success ? bearer.Groups["description"].Value : null;
            return;
        }

        problem.Extensions["code"] = ProblemCodes.ForStatus(status);
    }

    public static ProblemDetails Create(int status, string code, string title, string? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>
    /// Field names as the JSON bodies spell them: <c>TargetScore</c> → <c>targetScore</c>; an item of a list reports on
    /// the list (<c>Emails[2]</c> → <c>emails</c>), where the form shows it.
    /// </summary>
    public static string FieldName(string property) =>
        string.Join('.', System.Text.RegularExpressions.Regex.Replace(property, @"\[\d+\]", string.Empty)
            .Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [System.Text.RegularExpressions.GeneratedRegex("""error="(?<error>[^"]*)"(?:.*?error_description="(?<description>[^"]*)")?""")]
    private static partial System.Text.RegularExpressions.Regex BearerError();

    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? 500;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
