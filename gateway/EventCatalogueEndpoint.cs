using System.Text;
using HerstelWerk.EventCatalogue;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Gateway;

/// <summary>
/// The partners' event catalogue (AsyncAPI 3.0.0) at <see cref="DocumentPath"/>, open to anyone like the
/// OpenAPI documents. Generated from Contracts once, on the first request, and kept: it changes only
/// with a new build.
/// </summary>
internal static class EventCatalogueEndpoint
{
    public const string Prefix = "/asyncapi";

    public const string DocumentPath = $"{Prefix}/herstelwerk.json";

    public static void MapEventCatalogue(this WebApplication app)
    {
        var document = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(EventCatalogueDocument.ToJson()));
        app.MapGet(DocumentPath, () => TypedResults.Bytes(document.Value, "application/json; charset=utf-8"))
            .AllowAnyone()
            .ExcludeFromDescription();
    }
}
