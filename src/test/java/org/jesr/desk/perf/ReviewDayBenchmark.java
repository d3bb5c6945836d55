package org.jesr.desk.perf;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A review day's load on the production jar, measured from outside: observers and rapporteurs as
 * protocol clients (VaadinClient), the organizer in headless Chromium. Run with
 * {@code ./mvnw verify -Pbenchmark}; it writes BENCHMARKS.md at the project root. Nothing here is
 * asserted: the figures are recorded against their targets.
 */
class ReviewDayBenchmark {

    static final int BROWSERS = 10;
    static final int MORE_BROWSERS = Integer.getInteger("jesr.benchmark.browsers", 30);
    private static final String UI_CLASS = "com.vaadin.flow.component.UI";
    static final int SOAK_MINUTES = Integer.getInteger("jesr.benchmark.soak-minutes", 30);
    static final int STARTS = Integer.getInteger("jesr.benchmark.starts", 3);
    /** The two crowd sizes; a dry run of the harness can make them small. */
    static final int SMALL = Integer.getInteger("jesr.benchmark.small", 100);

    static final int LARGE = Integer.getInteger("jesr.benchmark.large", 300);
    private static final Pattern SESSION_ID = Pattern.compile("\"value\":\"session-(\\d+)\"");
    private static final Pattern SUMMARY_NODE = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"notes-summary-text\"}");

    /** Which parts to run: all, or a comma-separated choice of startup, browsers, observers, rapporteurs, soak. */
    static final String PARTS = System.getProperty("jesr.benchmark.parts", "all");

    /** Read before this JVM pins itself to one core, after which it would see only that one. */
    static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Report report = new Report();
    private final java.util.concurrent.Executor clients = Executors.newFixedThreadPool(8);

    @Test
    void a_review_day() throws Exception {
        // Start-up is measured on the whole machine: there is no load to keep apart yet.
        if (part("startup")) {
            startup();
        }
        pinThisJvmToTheOtherCore();
        if (part("browsers")) {
            try (BenchmarkServer server = BenchmarkServer.start("browsers", true, List.of())) {
                browserObservers(server);
            }
        }
        if (part("observers")) {
            try (BenchmarkServer server = BenchmarkServer.start("load", true, List.of())) {
                observersAndFanOut(server);
            }
        }
        if (part("rapporteurs")) {
            try (BenchmarkServer server = BenchmarkServer.start("rapporteurs", true, List.of())) {
                rapporteurs(server);
            }
        }
        if (part("soak")) {
            try (BenchmarkServer server = BenchmarkServer.start("soak", true, List.of())) {
                soak(server);
            }
        }
        report.write(Path.of(System.getProperty("jesr.benchmark.output", "BENCHMARKS.md")));
    }

    private static boolean part(String name) {
        return PARTS.equals("all") || List.of(PARTS.split(",")).contains(name);
    }

    /**
     * Restarts of an instance whose database exists, as in production: the first start, which
     * loads the sample review, is not counted. Three ways to start: the fat jar as Maven builds it;
     * the jar extracted from it (as the Docker image runs it: plain jars on the class path, which
     * the JDK's AOT cache needs); and the extracted jar with an AOT cache from a training run.
     */
    private void startup() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "perf-startup-data-");
        try (BenchmarkServer first = BenchmarkServer.start("startup", false, data, List.of())) {
            first.url();
        }
        Path extracted = extract();
        Path cache = Path.of("target", "perf", "jesr-desk.aot");
        Files.deleteIfExists(cache);
        // Training run: the app starts, serves its sign-in page once and stops (jesr.aot.training); the JDK
        // writes the classes it loaded and linked, and method profiles, as it exits. The same JVM flags
        // as the measured runs: a cache made under other heap or GC settings is not used.
        List<String> trainingCommand = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        trainingCommand.addAll(BenchmarkServer.JVM_FLAGS);
        trainingCommand.addAll(List.of(
                "-XX:AOTCacheOutput=" + cache,
                "-jar",
                extracted.toString(),
                "--server.port=0",
                "--jesr.sample-data.load=false",
                "--jesr.backup.cron=-",
                "--jesr.aot.training=true"));
        ProcessBuilder trainingRun = new ProcessBuilder(trainingCommand)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "perf-aot-training.log").toFile());
        trainingRun
                .environment()
                .put(
                        "JESR_DATA_DIR",
                        Files.createTempDirectory(Path.of("target"), "perf-training-")
                                .toAbsolutePath()
                                .toString());
        trainingRun.start().waitFor();
        // The three ways take turns, so that a slow spell of this shared machine falls on all of them alike.
        List<Double> fat = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> aot = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            fat.add(restart(BenchmarkServer.JAR, "startup", data, List.of()));
            plain.add(restart(extracted, "startup-extracted", data, List.of()));
            if (Files.exists(cache)) {
                aot.add(restart(extracted, "startup-aot", data, List.of("-XX:AOTCache=" + cache)));
            }
        }
        String method = "median of " + STARTS
                + " restarts on an existing database (the sample review), the three ways taking turns; process start until /actuator/health/readiness answers 200";
        report.figure(
                "Start to readiness, plain jar",
                method
                        + "; `java -jar` on the jar extracted from the fat jar (`-Djarmode=tools extract`), as the Docker image runs it "
                        + plain,
                median(plain),
                "s",
                10,
                true);
        report.figure(
                "Start to readiness, fat jar as built",
                "same, `java -jar target/jesr-desk.jar` (nested jars, read through Spring Boot's loader) " + fat,
                median(fat),
                "s",
                10,
                true);
        report.figure(
                "Start to readiness, JDK AOT cache",
                aot.isEmpty()
                        ? "the training run wrote no cache (target/perf-aot-training.log)"
                        : "same as the plain jar, with `-XX:AOTCache` from a training run (`-XX:AOTCacheOutput`, `--jesr.aot.training=true`: start, serve the sign-in page, stop) "
                                + aot,
                aot.isEmpty() ? Double.NaN : median(aot),
                "s",
                6,
                true);
    }

    /** The fat jar extracted as the Dockerfile does it; returns the runnable jar, its libraries beside it. */
    private static Path extract() throws IOException, InterruptedException {
        Path folder = Path.of("target", "perf", "extracted");
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(folder.getParent());
        Process extract = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        BenchmarkServer.JAR.toString(),
                        "extract",
                        "--destination",
                        folder.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "perf-extract.log").toFile())
                .start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("the jar could not be extracted; see target/perf-extract.log");
        }
        return folder.resolve(BenchmarkServer.JAR.getFileName());
    }

    private static double restart(Path jar, String name, Path data, List<String> flags)
            throws IOException, InterruptedException {
        try (BenchmarkServer server = BenchmarkServer.start(jar, name, false, data, flags)) {
            return server.startup.toMillis() / 1000.0;
        }
    }

    private void observersAndFanOut(BenchmarkServer server) throws Exception {
        String opening;
        try (VaadinClient probe = new VaadinClient(server.url(), clients)) {
            probe.signIn("observer", "observer");
            opening = probe.open("agenda");
        }
        long baseline = server.liveHeapKb();
        long baselineUsed = server.lastUsedKb();
        Map<String, Long> empty = server.histogram();
        List<VaadinClient> observers = new ArrayList<>();
        connect(server, observers, SMALL, "observer", "agenda");
        long atSmall = settledHeapKb(server);
        long atSmallUsed = server.lastUsedKb();
        connect(server, observers, LARGE - SMALL, "observer", "agenda");
        long atLarge = settledHeapKb(server);
        long atLargeUsed = server.lastUsedKb();
        writeHistogram("observer", empty, server.histogram(), LARGE, opening);
        if (Boolean.getBoolean("jesr.benchmark.heap-dump")) {
            server.heapDump(Path.of("target", "figures", "observers.hprof"));
        }
        report.figure(
                "Live heap per observer UI, N=" + SMALL,
                "(live heap after full GC with " + SMALL + " observers on the agenda with push − baseline " + baseline
                        + " KB) / " + SMALL + usedAlongside(atSmallUsed - baselineUsed, SMALL),
                (atSmall - baseline) / (double) SMALL,
                "KB",
                150,
                true);
        report.figure(
                "Live heap per observer UI, N=" + LARGE,
                "same with " + LARGE + " observers" + usedAlongside(atLargeUsed - baselineUsed, LARGE),
                (atLarge - baseline) / (double) LARGE,
                "KB",
                150,
                true);

        WebDriver organizer = chromium();
        try {
            signIn(organizer, server.url(), "organizer");
            organizer.get(server.url() + "today");
            WebDriverWait wait = new WebDriverWait(organizer, Duration.ofSeconds(30));
            List<Double> latencies = new ArrayList<>();
            int missed = 0;
            for (int round = 1; round <= 10; round++) {
                List<Integer> before =
                        observers.stream().map(o -> o.pushArrivals().size()).toList();
                WebElement message = wait.until(d -> d.findElement(By.cssSelector("#announcement-message input")));
                message.clear();
                message.sendKeys("Room change " + round);
                WebElement send = organizer.findElement(By.id("announce"));
                long clicked = System.nanoTime();
                send.click();
                Thread.sleep(3000);
                for (int i = 0; i < observers.size(); i++) {
                    List<Long> arrivals = observers.get(i).pushArrivals();
                    if (arrivals.size() > before.get(i)) {
                        latencies.add((arrivals.get(before.get(i)) - clicked) / 1e6);
                    } else {
                        missed++;
                    }
                }
            }
            report.figure(
                    "Fan-out to " + LARGE + " observers, p95",
                    "10 announcements clicked by the organizer in Chromium; time from the click until each observer's push message arrived ("
                            + latencies.size() + " deliveries, " + missed + " missed; median "
                            + format(percentile(latencies, 50)) + " ms, max "
                            + format(percentile(latencies, 100)) + " ms)",
                    percentile(latencies, 95),
                    "ms",
                    1000,
                    true);
            report.figure(
                    "Fan-out: deliveries missed",
                    "observers that got no push within 3 s, over the 10 rounds",
                    missed,
                    "",
                    0,
                    true);
        } finally {
            organizer.quit();
        }

        try (VaadinClient rapporteur = new VaadinClient(server.url(), clients)) {
            rapporteur.signIn("organizer", "organizer");
            String agenda = rapporteur.open("agenda");
            Matcher session = SESSION_ID.matcher(agenda);
            session.find();
            String notes = rapporteur.open("notes/" + session.group(1));
            Matcher node = SUMMARY_NODE.matcher(notes);
            if (!node.find()) {
                throw new IllegalStateException("no notes field in the notes view's answer");
            }
            List<Double> rtts = new ArrayList<>();
            StringBuilder text = new StringBuilder("Summary");
            for (int i = 0; i < 30; i++) {
                text.append(" word").append(i);
                long sent = System.nanoTime();
                String answer = rapporteur.rpc("[{\"type\":\"mSync\",\"node\":" + node.group(1)
                        + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + text + "\"}]");
                rtts.add((System.nanoTime() - sent) / 1e6);
                if (!answer.contains("localStorage")) {
                    throw new IllegalStateException(
                            "the save was not acknowledged: " + answer.substring(0, Math.min(400, answer.length())));
                }
                Thread.sleep(200);
            }
            report.figure(
                    "Autosave round trip with " + LARGE + " observers connected, p95",
                    "30 saves of a notes field (the value sync a text area sends), request to answer" + " (median "
                            + format(percentile(rtts, 50)) + " ms)",
                    percentile(rtts, 95),
                    "ms",
                    300,
                    true);
        }
        observers.forEach(VaadinClient::close);
    }

    /**
     * Live heap once the screens are idle: after the server's keep-alive timeout (20 s) has closed the
     * HTTP connections the pages were loaded over, as it does for every open tab; the push WebSocket stays.
     */
    /** The same figure from G1's used heap, which counts the dead space a full GC left in place. */
    private static String usedAlongside(long usedKb, int screens) {
        return "; from G1's used heap, fillers of dead space included: " + Math.round(usedKb / (double) screens)
                + " KB";
    }

    private static long settledHeapKb(BenchmarkServer server) throws Exception {
        Thread.sleep(25_000);
        return server.liveHeapKb();
    }

    /** The same figure from real browsers: each Chromium its own person, on the agenda with push. */
    private void browserObservers(BenchmarkServer server) throws Exception {
        // One browser first, so what the server caches once for all (its static files) is in the baseline.
        WebDriver warmUp = chromium();
        try {
            signIn(warmUp, server.url(), "observer");
            warmUp.get(server.url() + "agenda");
            new WebDriverWait(warmUp, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.cssSelector("#agenda-list .session-card")));
        } finally {
            warmUp.quit();
        }
        long baseline = server.liveHeapKb();
        long baselineUsed = server.lastUsedKb();
        Map<String, Long> empty = server.histogram();
        Map<String, Long> emptyCounts = server.counts();
        long uisBefore = server.instances(UI_CLASS);
        List<WebDriver> browsers = new ArrayList<>();
        try {
            // Two crowd sizes, as with the protocol clients: what the server sets up once for the first
            // few screens weighs on ten far more than on thirty.
            for (int size : List.of(BROWSERS, MORE_BROWSERS)) {
                while (browsers.size() < size) {
                    WebDriver browser = chromium();
                    browsers.add(browser);
                    signIn(browser, server.url(), "observer");
                    browser.get(server.url() + "agenda");
                    new WebDriverWait(browser, Duration.ofSeconds(30))
                            .until(d -> d.findElement(By.cssSelector("#agenda-list .session-card")));
                }
                long open = settledHeapKb(server);
                long openUsed = server.lastUsedKb();
                long uis = server.instances(UI_CLASS) - uisBefore;
                if (size == BROWSERS) {
                    writeHistogram("browser", empty, server.histogram(), BROWSERS, "");
                    writeConnectionCounts(emptyCounts, server.counts());
                    if (Boolean.getBoolean("jesr.benchmark.heap-dump")) {
                        server.heapDump(Path.of("target", "figures", "browsers.hprof"));
                    }
                }
                report.figure(
                        "Live heap per observer UI, " + size + " Chromium browsers",
                        size == BROWSERS
                                ? "(live heap after full GC with " + size
                                        + " headless Chromiums, each signed in on its own, on the agenda with push − baseline "
                                        + baseline + " KB) / " + size + "; the server held " + uis + " UIs for them"
                                        + usedAlongside(openUsed - baselineUsed, size)
                                : "same with " + size + " Chromiums; the server held " + uis + " UIs for them"
                                        + usedAlongside(openUsed - baselineUsed, size),
                        (open - baseline) / (double) size,
                        "KB",
                        150,
                        true);
            }
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private void rapporteurs(BenchmarkServer server) throws Exception {
        long baseline = server.liveHeapKb();
        long baselineUsed = server.lastUsedKb();
        Map<String, Long> empty = server.histogram();
        String sessionId;
        try (VaadinClient probe = new VaadinClient(server.url(), clients)) {
            probe.signIn("organizer", "organizer");
            Matcher session = SESSION_ID.matcher(probe.open("agenda"));
            session.find();
            sessionId = session.group(1);
        }
        List<VaadinClient> rapporteurs = new ArrayList<>();
        connect(server, rapporteurs, SMALL, "organizer", "notes/" + sessionId);
        long atSmall = settledHeapKb(server);
        long atSmallUsed = server.lastUsedKb();
        connect(server, rapporteurs, LARGE - SMALL, "organizer", "notes/" + sessionId);
        long atLarge = settledHeapKb(server);
        long atLargeUsed = server.lastUsedKb();
        writeHistogram("rapporteur", empty, server.histogram(), LARGE, "");
        report.figure(
                "Live heap per rapporteur UI, N=" + SMALL,
                "(live heap after full GC with " + SMALL + " notes screens open, push on − baseline " + baseline
                        + " KB) / " + SMALL + usedAlongside(atSmallUsed - baselineUsed, SMALL),
                (atSmall - baseline) / (double) SMALL,
                "KB",
                400,
                true);
        report.figure(
                "Live heap per rapporteur UI, N=" + LARGE,
                "same with " + LARGE + usedAlongside(atLargeUsed - baselineUsed, LARGE),
                (atLarge - baseline) / (double) LARGE,
                "KB",
                400,
                true);
        rapporteurs.forEach(VaadinClient::close);
    }

    private void soak(BenchmarkServer server) throws Exception {
        long baseline = server.liveHeapKb();
        Map<String, Long> empty = server.histogram();
        Map<String, Long> emptyCounts = server.counts();
        long uisBefore = server.instances(UI_CLASS);
        List<VaadinClient> observers = new ArrayList<>();
        connect(server, observers, LARGE, "observer", "agenda");
        long start = server.liveHeapKb();
        long end = System.nanoTime() + Duration.ofMinutes(SOAK_MINUTES).toNanos();
        while (System.nanoTime() < end) {
            for (VaadinClient observer : observers) {
                observer.heartbeat();
            }
            Thread.sleep(60_000);
        }
        long after = server.liveHeapKb();
        observers.forEach(VaadinClient::close);
        Thread.sleep(5000);
        long uisLeft = server.instances(UI_CLASS) - uisBefore;
        // A heap dump taken 5 s after the tabs closed still found each one's HTTP connection (the unload
        // beacon's) open, with its buffers: read the heap once the keep-alive timeout has closed them,
        // as for the other heap rows.
        long closed = settledHeapKb(server);
        // What a signed-in person's session still holds once their tabs are closed, until it times out.
        writeHistogram("closed-tab-session", empty, server.histogram(), LARGE, "");
        if (Boolean.getBoolean("jesr.benchmark.heap-dump")) {
            server.heapDump(Path.of("target", "figures", "soak-closed.hprof"));
        }
        report.figure(
                "Soak: " + LARGE + " observers for " + SOAK_MINUTES + " min, heap drift",
                "heap after full GC at the end (" + after + " KB) against the start (" + start
                        + " KB), heartbeats every minute",
                100.0 * (after - start) / start,
                "%",
                10,
                true);
        report.figure(
                "Soak: screens still held after their tabs closed",
                "live `com.vaadin.flow.component.UI` instances after full GC, 5 s after the " + LARGE
                        + " observers closed their WebSocket and sent the unload beacon, minus those before they came",
                uisLeft,
                "UIs",
                0,
                true);
        report.figure(
                "Soak: heap after all tabs closed",
                "heap after full GC once the " + LARGE
                        + " observers sent the unload beacon and the server's keep-alive timeout closed their idle connections (25 s), against the baseline before they came; their signed-in HTTP sessions stay until the 30-minute timeout, as anyone's would ("
                        + baseline + " KB)",
                100.0 * (closed - baseline) / baseline,
                "% above baseline",
                10,
                true);
    }

    /** What each screen costs, class by class: the heap histogram's difference divided by the screens, largest first. */
    private static void writeHistogram(
            String name, Map<String, Long> before, Map<String, Long> after, int screens, String answer)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# bytes per " + name + " screen by class (heap histogram after full GC with " + screens
                + " screens, minus the one before they came)");
        if (!answer.isEmpty()) {
            // Flow keeps each UI's last answer as a String to resend it; one character beyond Latin-1 doubles its size.
            lines.add("# the screen's opening answer: " + answer.length() + " characters, "
                    + answer.chars().filter(c -> c > 0xFF).count() + " of them beyond Latin-1");
        }
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / screens))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(60)
                .forEach(e -> lines.add(String.format("%8d  %s", e.getValue(), e.getKey())));
        Path figures = Path.of("target", "figures");
        Files.createDirectories(figures);
        Files.write(figures.resolve(name + "-heap-histogram.txt"), lines);
    }

    /** How many of the server's connection objects the browsers added: open sockets, and those kept for reuse. */
    private static void writeConnectionCounts(Map<String, Long> before, Map<String, Long> after) throws IOException {
        List<String> lines = new ArrayList<>(
                List.of("# live instances added by " + BROWSERS + " browsers (heap histogram after full GC)"));
        after.entrySet().stream()
                .filter(
                        e -> e.getKey()
                                .matches(
                                        "org\\.apache\\.tomcat\\.(util\\.net|websocket)\\..*|java\\.util\\.zip\\..*|org\\.atmosphere\\.cpr\\.AtmosphereResourceImpl"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("%8d  %s", e.getValue(), e.getKey())));
        Files.write(Path.of("target", "figures", "browser-connections.txt"), lines);
    }

    private void connect(BenchmarkServer server, List<VaadinClient> into, int count, String user, String route)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<VaadinClient>> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(pool.submit(() -> {
                VaadinClient client = new VaadinClient(server.url(), clients);
                client.signIn(user, user);
                client.open(route);
                client.connectPush();
                return client;
            }));
        }
        for (Future<VaadinClient> client : opened) {
            into.add(client.get());
        }
        pool.shutdown();
    }

    static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
    }

    static void signIn(WebDriver driver, String base, String user) {
        driver.get(base + "login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.cssSelector("#login-form input[name='username']")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("#login-form input[name='password']")).sendKeys(user);
        driver.findElement(By.cssSelector("#login-form vaadin-button")).click();
        wait.until(d -> d.findElement(By.id("main-nav")));
    }

    /** The server runs on core 0 (taskset); the clients take core 1, so they do not steal its CPU. */
    private static void pinThisJvmToTheOtherCore() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))
                && Runtime.getRuntime().availableProcessors() > 1) {
            new ProcessBuilder(
                            "/usr/bin/taskset",
                            "-a",
                            "-p",
                            "-c",
                            "1",
                            String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
        }
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.0f", value);
    }

    /** Collects the figures and writes BENCHMARKS.md. */
    static final class Report {
        private final List<String> rows = new ArrayList<>();

        private final List<String> names = new ArrayList<>();

        void figure(String name, String method, double value, String unit, double target, boolean lowerIsBetter) {
            names.add(name);
            String shown = Double.isNaN(value)
                    ? "—"
                    : String.format(
                            java.util.Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%.0f" : "%.2f", value);
            boolean met = !Double.isNaN(value) && (lowerIsBetter ? value <= target : value >= target);
            rows.add("| " + name + " | " + shown + " " + unit + " | ≤ " + format(target) + " " + unit + " | "
                    + (met ? "met" : "**missed**") + " | " + method + " (" + LocalDate.now() + ") |");
        }

        void write(Path file) throws IOException {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long memory = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024 * 1024 * 1024);
            List<String> lines = new ArrayList<>(List.of(
                    "# Benchmarks",
                    "",
                    "Written by `ReviewDayBenchmark` (`./mvnw verify -Pbenchmark`) on " + LocalDate.now()
                            + (PARTS.equals("all")
                                    ? "."
                                    : " (parts: " + PARTS + "; each row ends with the day it was measured)."),
                    "",
                    "- Machine: " + CORES + " cores (" + System.getProperty("os.arch") + "), " + memory + " GB memory, "
                            + System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                    "- Server flags: `" + String.join(" ", BenchmarkServer.JVM_FLAGS)
                            + "`; under load the server is pinned to core 0 (`taskset -c 0`),"
                            + " the load (this JVM, its HTTP clients and Chromium's driver) to core 1; start-up is measured unpinned.",
                    "- Clients: observers and rapporteurs are protocol clients that sign in through the login form, send Flow's init"
                            + " request and ui-navigate event (CSRF token, syncId, clientId), open the push WebSocket with Atmosphere's"
                            + " parameters and send heartbeats; the organizer is a headless Chromium.",
                    "- Heap: live heap, the bytes of every object in the class histogram after a full GC (`jcmd GC.class_histogram`),"
                            + " less G1's filler objects, the dead space a full GC may leave in a region rather than move what lives there"
                            + " (rows from before 2026-11-30's fifth run used G1's used heap, fillers included, which is still shown beside the heap rows);"
                            + " lowest of three readings; with screens open, read 25 s after the last"
                            + " one opened, once the server's 20 s keep-alive timeout has closed idle HTTP connections (push WebSockets stay open).",
                    "",
                    "| Figure | Value | Target | | Method |",
                    "|---|---|---|---|---|"));
            // A run of some parts replaces those rows and keeps the others from the last full run.
            List<String> merged = new ArrayList<>();
            if (Files.exists(file) && !PARTS.equals("all")) {
                for (String old : Files.readAllLines(file)) {
                    if (old.startsWith("| ")
                            && !old.startsWith("| Figure")
                            && names.stream().noneMatch(n -> old.startsWith("| " + n + " |"))) {
                        merged.add(old);
                    }
                }
            }
            merged.addAll(rows);
            lines.addAll(merged);
            lines.add("");
            // What the figures mean is written by people, under the first "## " heading; a run keeps it.
            List<String> notes = new ArrayList<>();
            if (Files.exists(file)) {
                boolean inNotes = false;
                for (String old : Files.readAllLines(file)) {
                    inNotes |= old.startsWith("## ");
                    if (inNotes) {
                        notes.add(old);
                    }
                }
            }
            lines.addAll(notes.isEmpty() ? List.of("## What the figures show", "", "(not yet written)") : notes);
            Files.write(file, lines);
        }
    }
}
