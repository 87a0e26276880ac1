using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace PartnerPortal.Application.Common.Validation;

/// <summary>
/// Allows line breaks and tabs in a multi-line text property of a request (e.g. a description). On a positional record
/// put it on the parameter (<c>[MultiLine] string? Description</c>) or the property (<c>[property: MultiLine]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultiLineAttribute : Attribute;

/// <summary>
/// The one rule for all text input: no request carries control characters (NUL, escape, ...) in any string, whether it
/// came from the body, the route or the query string. PostgreSQL refuses NUL outright and the others only corrupt what
/// users see later. Line breaks and tabs pass only in <see cref="MultiLineAttribute"/> properties. Run by
/// <see cref="Behaviours.ValidationBehaviour{TMessage,TResponse}"/> on every request, so no validator has to remember it;
/// it walks the request's string properties, string collections and nested objects of our own types.
/// </summary>
public static class TextInput
{
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, TextProperty[]> Properties = new();

    public static IReadOnlyList<ValidationFailure> Failures(object? message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, string.Empty, 0, failures);
        return failures;
    }

    /// <summary>Whether <paramref name="value"/> holds a control character (other than \n, \r and \t when <paramref name="multiLine"/>).</summary>
    public static bool HasControlCharacters(string value, bool multiLine = false)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(object? value, string path, int depth, List<ValidationFailure> failures)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), Describe))
        {
            var current = property.Info.GetValue(value);
            var name = path + property.Info.Name;
            switch (current)
            {
                case null:
                    break;
                case string text:
                    Check(text, name, property.MultiLine, failures);
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is string text)
                        {
                            Check(text, $"{name}[{index}]", property.MultiLine, failures);
                        }
                        else if (item is not null && IsOurs(item.GetType()))
                        {
                            Walk(item, $"{name}[{index}].", depth + 1, failures);
                        }

                        index++;
                    }

                    break;
                default:
                    if (IsOurs(current.GetType()))
                    {
                        Walk(current, name + ".", depth + 1, failures);
                    }

                    break;
            }
        }
    }

    private static void Check(string text, string name, bool multiLine, List<ValidationFailure> failures)
    {
        if (HasControlCharacters(text, multiLine))
        {
            // The label people see on the form ("Display name" → "Name"), like every other validation message.
            var label = FieldNames.For(name.Split('.')[^1].Split('[')[0]);
            failures.Add(new ValidationFailure(name, multiLine
                ? $"{label} must not contain control characters other than line breaks and tabs."
                : $"{label} must not contain control characters (such as line breaks or NUL)."));
        }
    }

    private static bool IsOurs(Type type) =>
        type is { IsClass: true } && type != typeof(string) && type.Assembly.GetName().Name?.StartsWith("PartnerPortal.", StringComparison.Ordinal) == true;

    private static TextProperty[] Describe(Type type)
    {
        var multiLineParameters = type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.GetCustomAttribute<MultiLineAttribute>() is not null)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        return
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .Where(p => p.PropertyType == typeof(string) || typeof(IEnumerable).IsAssignableFrom(p.PropertyType) || IsOurs(p.PropertyType)
                    || p.PropertyType == typeof(object))
                .Select(p => new TextProperty(p, p.GetCustomAttribute<MultiLineAttribute>() is not null || multiLineParameters.Contains(p.Name))),
        ];
    }

    private sealed record TextProperty(PropertyInfo Info, bool MultiLine);
}
