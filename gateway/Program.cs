using HerstelWerk.Gateway;
using HerstelWerk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayPipeline();
app.MapReverseProxy();
app.MapEventCatalogue();
app.MapGatewayNotFound();
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentTokens();
    app.MapApiReference();
}

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
