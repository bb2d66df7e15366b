using HerstelWerk.Identity;
using HerstelWerk.SharedDomain;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
// Behind the gateway: its scheme and host first, then the person's language, then everything else.
app.UseForwardedHeaders();
app.UseRequestLocalization();
app.MapHerstelWerkService(Extensions.ServiceName);
app.MapApplicationEndpoints();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
