using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>Limits of API requests, from the <c>Api</c> configuration section.</summary>
public sealed class ApiLimitsOptions
{
    public const string Section = "Api";

    /// <summary>The largest request body an <c>/api</c> endpoint reads; larger ones get 413 <c>payload_too_large</c>.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

internal static class ApiPipeline
{
    /// <summary>
    /// API bodies are small JSON documents, so <c>/api</c> reads far less than Kestrel's 30 MB default: a declared
    /// length over the limit is refused at once, and Kestrel stops a chunked body at the limit (413 via the exception handler).
    /// </summary>
    public static IApplicationBuilder UseApiRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<ApiLimitsOptions>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await Problems.WriteAsync(context, Problems.Create(
                    413, ProblemCodes.PayloadTooLarge, "The request body is too large.", $"Send at most {limit} bytes."));
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        await next();
    });

    /// <summary>
    /// Compresses what is not API traffic: the SPA's files. API answers are left alone, since they can hold secrets
    /// next to attacker-chosen text (BREACH) and are small anyway.
    /// </summary>
    public static IApplicationBuilder UseStaticFileCompression(this IApplicationBuilder app) => app.UseWhen(
        context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/connect"),
        branch => branch.UseResponseCompression());

    /// <summary>Hashed build output (<c>/assets/*</c>) is immutable for a year; index.html (also as the SPA fallback) is revalidated.</summary>
    public static void SetStaticFileCaching(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        if (context.Context.Request.Path.StartsWithSegments("/assets"))
        {
            headers.CacheControl = "public, max-age=31536000, immutable";
        }
        else if (string.Equals(context.File.Name, "index.html", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-cache";
        }
    }

    /// <summary>
    /// What answers when routing found no endpoint: under <c>/api</c> a 404 problem; elsewhere, for a page request
    /// (GET or HEAD of a path without a file extension), the SPA's index.html, whose router shows the page.
    /// </summary>
    /// <remarks>
    /// This is middleware, not a catch-all endpoint, on purpose: a catch-all endpoint matches every path with every
    /// method, so routing would pick it over its own 405 (method not allowed) and 415 (unsupported media type) answers.
    /// </remarks>
    public static IApplicationBuilder UseUnmatchedRequestFallbacks(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && context.Request.Path.StartsWithSegments("/api"))
            {
                await Problems.WriteAsync(context, Problems.Create(
                    404, ProblemCodes.NotFound, "Not found.", $"No API endpoint at {context.Request.Path}."));
                return;
            }

            await next();
        });
        app.MapWhen(IsPageRequest, spa => spa
            .Use((context, next) =>
            {
                context.Request.Path = "/index.html";
                return next(context);
            })
            .UseStaticFiles());
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        context.GetEndpoint() is null
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !Path.HasExtension(context.Request.Path.Value);
}
