using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>An HTTP client that behaves like the SPA: cookies, and the antiforgery header on unsafe requests.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;

    public async Task SignIn(string email, string password)
    {
        await RefreshAntiforgery(await http.GetAsync("/api/auth/antiforgery"));
        var response = await Send(HttpMethod.Post, "/api/auth/login", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> Get(string url) => http.GetAsync(url);

    public async Task<JsonNode> GetJson(string url)
    {
        var response = await http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public Task<HttpResponseMessage> Post(string url, object? body = null) => Send(HttpMethod.Post, url, body);

    public Task<HttpResponseMessage> Put(string url, object body) => Send(HttpMethod.Put, url, body);

    public Task<HttpResponseMessage> Delete(string url) => Send(HttpMethod.Delete, url, null);

    /// <summary>Sends and expects <paramref name="status"/>, returning the JSON body.</summary>
    public async Task<JsonNode> Expect(Task<HttpResponseMessage> send, HttpStatusCode status)
    {
        var response = await send;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>A POST carrying an <c>Idempotency-Key</c> header (none when <paramref name="key"/> is null), as the SPA sends money-moving requests.</summary>
    public Task<HttpResponseMessage> PostWithKey(string url, object body, string? key) =>
        Send(HttpMethod.Post, url, body, key is null ? null : new Dictionary<string, string> { ["Idempotency-Key"] = key });

    public async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        var response = await http.SendAsync(request);
        await RefreshAntiforgery(response);
        return response;
    }

    private Task RefreshAntiforgery(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies.Where(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)))
            {
                var token = Uri.UnescapeDataString(cookie.Split(';')[0]["XSRF-TOKEN=".Length..]);
                http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
                if (token.Length > 0)
                {
                    http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
                }
            }
        }

        return Task.CompletedTask;
    }
}
