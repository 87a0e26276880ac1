using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// A browser session whose cookies are plain values, so a test can copy them into a second client (a stolen or
/// copied cookie) or send them with any Host header.
/// </summary>
public sealed class RawSession(HttpClient http, Dictionary<string, string>? cookies = null)
{
    private readonly Dictionary<string, string> _cookies = cookies ?? [];

    /// <summary>The Host header to send, or null for the client's own.</summary>
    public string? Host { get; set; }

    public static async Task<RawSession> SignIn(HttpClient http, string email, string password)
    {
        var session = new RawSession(http);
        (await session.Get("/api/auth/antiforgery")).EnsureSuccessStatusCode();
        var login = await session.Send(HttpMethod.Post, "/api/auth/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        return session;
    }

    /// <summary>Another client holding a copy of this session's cookies as they are now.</summary>
    public RawSession Copy(HttpClient other) => new(other, new Dictionary<string, string>(_cookies));

    public Task<HttpResponseMessage> Get(string url) => Send(HttpMethod.Get, url, null);

    public Task<HttpResponseMessage> Post(string url, object? body = null) => Send(HttpMethod.Post, url, body);

    public async Task<JsonNode> Expect(Task<HttpResponseMessage> send, HttpStatusCode status)
    {
        var response = await send;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ApiClient.Json);
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (_cookies.TryGetValue("XSRF-TOKEN", out var xsrf))
        {
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(xsrf));
        }

        if (Host is not null)
        {
            request.Headers.Host = Host;
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0];
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..at], pair[(at + 1)..]);
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }
}
