using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerPortal.Api.OpenApi;

/// <summary>
/// Publishes values that clients switch on but no endpoint's signature shows: the problem <c>code</c>s
/// (<see cref="ProblemCodes"/>, as the <c>ProblemCode</c> enum that the problem schemas' <c>code</c> refers to) and the
/// role names (<see cref="Roles"/>, as <c>Role</c>) and the permissions (<see cref="Permissions"/>, as <c>Permission</c>). Generated clients then get them as types instead of copies.
/// </summary>
internal sealed class ContractSchemasFilter : IDocumentFilter
{
    public const string ProblemCodeSchema = "ProblemCode";
    public const string RoleSchema = "Role";
    public const string PermissionSchema = "Permission";

    private static readonly string[] ProblemSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components!.Schemas!;
        schemas[ProblemCodeSchema] = StringEnum(
            "The stable, machine-readable reason of a problem response: switch on it, not on the title or detail.", ProblemCodes.Named);
        schemas[RoleSchema] = StringEnum(
            "A user's role: employees are Admin, PartnerManager or PortalUserManager; partners' employees are PortalUser.",
            Roles.All.Select(role => KeyValuePair.Create(role, role)));
        schemas[PermissionSchema] = StringEnum(
            "What a signed-in user may do; GET /api/auth/me lists the permissions the user's roles hold (the role lists the API enforces).",
            Permissions.All.Select(p => KeyValuePair.Create(PascalCase(p.Key), p.Key)));

        // The signed-in user's roles are role names, so clients compare them with Role, not with copied strings.
        if (schemas.TryGetValue("CurrentUserDto", out var user) && user is OpenApiSchema { Properties: { } properties }
            && properties.TryGetValue("roles", out var roles) && roles is OpenApiSchema rolesArray)
        {
            rolesArray.Items = new OpenApiSchemaReference(RoleSchema, swaggerDoc);
        }

        if (schemas.TryGetValue("CurrentUserDto", out var me) && me is OpenApiSchema { Properties: { } meProperties }
            && meProperties.TryGetValue("permissions", out var permissions) && permissions is OpenApiSchema permissionsArray)
        {
            permissionsArray.Items = new OpenApiSchemaReference(PermissionSchema, swaggerDoc);
        }

        // The generator keeps required properties in a set sorted by the process's culture, so a host with ICU (the test
        // host) and one in invariant mode (the API) listed "isValid" / "issuedOn" in different orders: sorted by ordinal,
        // the document is the same wherever it is generated.
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>().Where(s => s.Required is SortedSet<string>))
        {
            schema.Required = new SortedSet<string>(schema.Required!, StringComparer.Ordinal);
        }

        foreach (var name in ProblemSchemas)
        {
            if (schemas.TryGetValue(name, out var schema) && schema is OpenApiSchema problem)
            {
                problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
                problem.Properties["code"] = new OpenApiSchemaReference(ProblemCodeSchema, swaggerDoc);

                // Every problem this API sends has a code (status-code pages and the exception handler add one).
                problem.Required ??= new HashSet<string>();
                problem.Required.Add("code");
            }
        }
    }

    /// <summary>"portal-access.manage" → "PortalAccessManage".</summary>
    private static string PascalCase(string value) =>
        string.Concat(value.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static OpenApiSchema StringEnum(string description, IEnumerable<KeyValuePair<string, string>> values)
    {
        var list = values.ToList();
        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = description,
            Enum = [.. list.Select(v => (JsonNode)JsonValue.Create(v.Value))],

            // NSwag names the TypeScript enum's members from this (NoFreeSeat, not No_free_seat).
            Extensions = new Dictionary<string, IOpenApiExtension>
            {
                ["x-enumNames"] = new JsonNodeExtension(new JsonArray([.. list.Select(v => (JsonNode)JsonValue.Create(v.Key))])),
            },
        };
    }
}
