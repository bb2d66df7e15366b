namespace HerstelWerk.ServiceDefaults.OpenApi;

/// <summary>
/// A request or response type that shows an example of itself in the OpenAPI document. The example
/// lives on the type, not in a separate file, so it is compiled against the type and changes with it.
/// </summary>
/// <remarks>
/// A request type's example must pass the endpoint's validation: it is what Scalar sends when someone
/// tries the endpoint. OpenApiDocumentTests in tests/TestSupport checks that, and that every body and answer
/// in each service's document has one.
/// </remarks>
public interface IOpenApiExample<TSelf> where TSelf : IOpenApiExample<TSelf>
{
    static abstract TSelf Example { get; }
}
