using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Courses.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerVogRecheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "vog_recheck_due_on",
                table: "volunteer_eligibility",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "vog_revision",
                table: "volunteer_eligibility",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "vog_recheck_due_on",
                table: "volunteer_eligibility");

            migrationBuilder.DropColumn(
                name: "vog_revision",
                table: "volunteer_eligibility");
        }
    }
}
