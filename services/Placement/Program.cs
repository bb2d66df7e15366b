using HerstelWerk.Placement;
using HerstelWerk.SharedDomain;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.MapHerstelWerkService(Extensions.ServiceName);
app.MapApplicationEndpoints();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
