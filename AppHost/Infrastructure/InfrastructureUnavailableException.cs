namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>
/// Thrown before anything starts when the chosen mode cannot work, so the AppHost fails at once with
/// instructions rather than waiting for ever on a resource that never becomes healthy.
/// </summary>
internal sealed class InfrastructureUnavailableException(string message) : Exception(message);
