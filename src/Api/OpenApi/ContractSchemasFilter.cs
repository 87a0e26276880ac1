using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerPortal.Api.OpenApi;

/// <summary>
/// Publishes values that clients switch on but no endpoint's signature shows: the problem <c>code</c>s
/// (<see cref="ProblemCodes"/>, as the <c>ProblemCode</c> enum that the problem schemas' <c>code</c> refers to) and the
/// role names (<see cref="Roles"/>, as <c>Role</c>). Generated clients then get them as types instead of copies.
/// </summary>
internal sealed class ContractSchemasFilter : IDocumentFilter
{
    public const string ProblemCodeSchema = "ProblemCode";
    public const string RoleSchema = "Role";

    private static readonly string[] ProblemSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components!.Schemas!;
        schemas[ProblemCodeSchema] = StringEnum(
            "The stable, machine-readable reason of a problem response: switch on it, not on the title or detail.", ProblemCodes.Named);
        schemas[RoleSchema] = StringEnum(
            "A user's role: employees are Admin, PartnerManager or PortalUserManager; partners' employees are PortalUser.",
            Roles.All.Select(role => KeyValuePair.Create(role, role)));

        // The signed-in user's roles are role names, so clients compare them with Role, not with copied strings.
        if (schemas.TryGetValue("CurrentUserDto", out var user) && user is OpenApiSchema { Properties: { } properties }
            && properties.TryGetValue("roles", out var roles) && roles is OpenApiSchema rolesArray)
        {
            rolesArray.Items = new OpenApiSchemaReference(RoleSchema, swaggerDoc);
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
