using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HerstelWerk.Contracts;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// The XML doc comments of Contracts (<c>HerstelWerk.Contracts.xml</c>, built beside its assembly), as
/// the catalogue's descriptions: the text partners read is the text developers keep next to the code.
/// </summary>
public sealed partial class ContractDocs
{
    private readonly Dictionary<string, XElement> _members;

    private ContractDocs(XDocument file) =>
        _members = file.Descendants("member").ToDictionary(member => (string)member.Attribute("name")!, StringComparer.Ordinal);

    public static ContractDocs Load()
    {
        var path = Path.ChangeExtension(typeof(IIntegrationEvent).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Contracts' documentation file is missing; the event catalogue takes its descriptions from it.", path);
        }

        return new ContractDocs(XDocument.Load(path));
    }

    public string? Summary(Type type) => Text($"T:{type.FullName}", "summary");

    public string? Remarks(Type type) => Text($"T:{type.FullName}", "remarks");

    /// <summary>The property's summary; for <c>&lt;inheritdoc/&gt;</c>, the one on the interface it implements.</summary>
    public string? Summary(PropertyInfo property)
    {
        var declaring = property.DeclaringType!;
        foreach (var owner in declaring.GetInterfaces().Prepend(declaring))
        {
            if (owner.GetProperty(property.Name) is not null && Text($"P:{owner.FullName}.{property.Name}", "summary") is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private string? Text(string member, string part) =>
        _members.TryGetValue(member, out var element) && element.Element(part) is { } content
            ? Whitespace().Replace(Render(content), " ").Trim()
            : null;

    /// <summary>Doc-comment markup as Markdown, which AsyncAPI descriptions are written in.</summary>
    private static string Render(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                XElement { Name.LocalName: "see" } see => Reference(see),
                XElement { Name.LocalName: "paramref" or "typeparamref" } name => $"`{(string?)name.Attribute("name")}`",
                XElement { Name.LocalName: "item" } item => $" - {Render(item)}",
                XElement other => Render(other),
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    /// <summary><c>&lt;see cref="T:HerstelWerk.Contracts.Volunteers.VolunteerRoles"/&gt;</c> reads as <c>VolunteerRoles</c>.</summary>
    private static string Reference(XElement see) =>
        (string?)see.Attribute("cref") is { } cref ? $"`{cref[(cref.LastIndexOf('.') + 1)..]}`"
        : (string?)see.Attribute("langword") is { } word ? $"`{word}`"
        : see.Value;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
