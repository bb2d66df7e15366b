using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Volunteers.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CourseRunTrainerRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "trainer_role",
                table: "course_runs",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "trainer_role",
                table: "course_runs");
        }
    }
}
