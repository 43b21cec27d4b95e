package org.offtake.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.offtake.batch.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner outputs from the default H2 database, and the HTML report opened in a real headless browser
 * (Debian's {@code chromium} with {@code chromium-driver}; other locations through {@code OFFTAKE_CHROMIUM} and
 * {@code OFFTAKE_CHROMEDRIVER}). The screenshot is kept as a build artifact: {@code target/report-screenshot.png}.
 */
class H2PlannerOutputsFunctionalTests extends AbstractPlannerOutputsFunctionalTests {

    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }

    @Test
    void report_inHeadlessChromium_loadsWithoutConsoleErrors_showsEveryChart_andRunsNoScript() throws IOException {
        Path chromium = Path.of(setting("OFFTAKE_CHROMIUM", "/usr/bin/chromium"));
        Path driverBinary = Path.of(setting("OFFTAKE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driverBinary),
                "browser test skipped: no " + chromium + " or " + driverBinary + " (install Debian's chromium and "
                        + "chromium-driver, as .ci/run does, or set OFFTAKE_CHROMIUM and OFFTAKE_CHROMEDRIVER)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--hide-scrollbars");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            browser.get(reportFile.toUri().toString());

            assertThat(browser.getTitle()).isEqualTo("Offtake contract recommendations, as of 2025-12");
            List<WebElement> charts = browser.findElements(By.cssSelector("section.pair img"));
            assertThat(charts).hasSize(TOP_PAIRS);
            JavascriptExecutor js = browser;
            for (WebElement chart : charts) {
                Map<?, ?> size = (Map<?, ?>) js.executeScript("return {complete: arguments[0].complete, "
                        + "w: arguments[0].naturalWidth, h: arguments[0].naturalHeight};", chart);
                assertThat(size.get("complete")).isEqualTo(true);
                assertThat(((Number) size.get("w")).intValue()).isEqualTo(ContractChart.WIDTH);
                assertThat(((Number) size.get("h")).intValue()).isEqualTo(ContractChart.HEIGHT);
            }
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(text).contains("<script>alert(1)</script> Қазақ Фарм әғқңөұүһі",
                    "Ибупрофен таблетки 200 мг №20 (Қазақстан)");
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();
            assertThat(js.executeScript("return document.characterSet;")).isEqualTo("UTF-8");
            // the page's first font renders the Kazakh and Russian letters itself: the font is there (a text in it
            // is not as wide as in the generic fallbacks), and each letter is drawn as wide whichever fallback
            // follows it (a letter it lacked would be drawn in the fallback)
            String family = (String) js.executeScript("return getComputedStyle(document.body).fontFamily"
                    + ".split(',')[0].trim();");
            assertThat(family).isEqualTo("\"DejaVu Sans\"");
            String letters = "әғқңөұүһіӘҒҚҢӨҰҮҺІЖжЁё";
            assertThat(js.executeScript("return document.fonts.check('16px ' + arguments[0], arguments[1]);", family,
                    letters)).as("document.fonts.check of %s", family).isEqualTo(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) js.executeScript("""
                    const c = document.createElement('canvas').getContext('2d');
                    const width = (font, text) => { c.font = font; return c.measureText(text).width; };
                    const result = {};
                    for (const ch of arguments[1]) {
                      result[ch] = [width('32px ' + arguments[0] + ', monospace', ch),
                                    width('32px ' + arguments[0] + ', serif', ch)];
                    }
                    result['font'] = [width('32px ' + arguments[0] + ', monospace', arguments[1]),
                                      width('32px monospace', arguments[1]), width('32px serif', arguments[1])];
                    return result;""", family, letters);
            List<?> font = (List<?>) widths.get("font");
            assertThat(((Number) font.get(0)).doubleValue()).as("%s is installed", family)
                    .isNotEqualTo(((Number) font.get(1)).doubleValue())
                    .isNotEqualTo(((Number) font.get(2)).doubleValue());
            for (char letter : letters.toCharArray()) {
                List<?> w = (List<?>) widths.get(String.valueOf(letter));
                assertThat(((Number) w.get(0)).doubleValue()).as("'%s' drawn in %s", letter, family)
                        .isEqualTo(((Number) w.get(1)).doubleValue());
            }

            List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(severe).as("console errors").isEmpty();

            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
            Files.write(SCREENSHOT, png);
            assertThat(png.length).isGreaterThan(10_000);

            // the log is really read: a page with a missing image gives a console error
            Path broken = dir.resolve("broken.html");
            Files.writeString(broken, "<!DOCTYPE html><meta charset=\"utf-8\"><img src=\"missing.png\">");
            browser.get(broken.toUri().toString());
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                    .anyMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());
        } finally {
            browser.quit();
        }
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
