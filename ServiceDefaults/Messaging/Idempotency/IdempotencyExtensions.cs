using HerstelWerk.ServiceDefaults.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Messaging.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>Maps the table that remembers keyed requests; for services with idempotent endpoints.</summary>
    public static ModelBuilder AddIdempotentRequests(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new IdempotentRequestConfiguration());

    /// <summary>
    /// A create endpoint that honours an <c>Idempotency-Key</c> header: a request repeated with the same
    /// key (a double click, a retry after a timeout) gets the first answer again instead of a second record.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>()
            .WithMetadata(new RequestHeaderMetadata(IdempotencyFilter.Header, Required: false,
                "A key the client makes per form (a UUID, at most 100 characters): a repeat with the same key and input gets the first answer again."))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
