namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>What the services need from the infrastructure, whichever mode provides it.</summary>
internal interface IInfrastructure
{
    /// <summary>The RabbitMQ connection string resource, named <c>messaging</c>.</summary>
    IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    /// <summary>A database of its own for one service; the resource name is also the connection-string name.</summary>
    IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name);

    /// <summary>True when the servers run elsewhere and the operator configures them: then the AppHost starts no local helpers (smtp4dev) either.</summary>
    bool IsExternal { get; }
}
