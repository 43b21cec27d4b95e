package org.offtake.batch.nightly;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.offtake.forecast.SamplePaths;

/**
 * The files through which the forecast, reconcile and contract-sizing steps hand an item's sample paths on, one
 * file per item in the run's {@link WorkDir}: {@code base/} holds the forecast step's base forecasts (per node: key,
 * model, base mean, sample paths), {@code reconciled/} the reconcile step's reconciled national demand paths.
 *
 * <p>A file is a {@link DataOutputStream} over a buffered file channel (big-endian): a magic number and version, the
 * item's code and number, the content, an end marker. Means are doubles; sample paths are float32 (24 significant
 * bits, about 7 decimal digits, a relative rounding error below 6e-8, far below the paths' own spread), written
 * through a {@link FloatBuffer} view a node at a time, which halves the disk used. Rounding is deterministic, so the
 * results are the same bit for bit whatever the number of threads and across restarts.
 *
 * <p>Each file is written under a temporary name ({@code .partial}) and moved into place atomically
 * ({@link StandardCopyOption#ATOMIC_MOVE}); the writers do so before their chunk's transaction commits, so a file
 * under its final name is whole when the process dies, and a restart that redoes a chunk rewrites the same files.
 * The files are not forced to the disk (forcing made writing them 2.4 times as slow on a test machine): a file the machine lost with
 * its power, or that was removed, is {@link Unreadable}, and the step that needs it makes it again from the item's
 * demand, which gives the same bits since forecasting is deterministic.
 */
final class SpillFiles {

    private static final int BASE = 0x4F465442;        // "OFTB"
    private static final int RECONCILED = 0x4F465452;  // "OFTR"
    private static final int VERSION = 1;
    private static final int END = 0x454E4421;         // "END!"
    private static final int MAX_TEXT = 1 << 20;

    private SpillFiles() {
    }

    /** A file that is missing, incomplete, or not the one expected: the message names it and says which. */
    static final class Unreadable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes {@code item}'s base forecasts to {@code file}. */
    static void writeBase(Path file, ItemForecasts item) throws IOException {
        write(file, out -> {
            header(out, BASE, item.itemCode(), item.itemNo());
            out.writeInt(item.nodes().size());
            for (ItemForecasts.Node node : item.nodes()) {
                text(out, node.key());
                text(out, node.model());
                out.writeBoolean(node.forecast());
                if (node.forecast()) {
                    out.writeInt(node.mean().length);
                    for (double v : node.mean()) {
                        out.writeDouble(v);
                    }
                    paths(out, node.paths());
                }
            }
            out.writeInt(END);
        });
    }

    /**
     * Reads the base forecasts of item {@code itemNo} ({@code itemCode}) from {@code file}.
     *
     * @throws Unreadable naming the file and what was expected, if it is missing, incomplete or another item's
     */
    static ItemForecasts readBase(Path file, long itemNo, String itemCode) {
        return read(file, "base forecasts", itemNo, itemCode, in -> {
            header(in, file, BASE, itemNo, itemCode);
            int count = in.readInt();
            List<ItemForecasts.Node> nodes = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                String key = text(in);
                String model = text(in);
                if (in.readBoolean()) {
                    double[] mean = new double[in.readInt()];
                    for (int t = 0; t < mean.length; t++) {
                        mean[t] = in.readDouble();
                    }
                    nodes.add(new ItemForecasts.Node(key, model, mean, paths(in, key, model)));
                } else {
                    nodes.add(new ItemForecasts.Node(key, model, null, null));
                }
            }
            end(in, file);
            return new ItemForecasts(itemNo, itemCode, nodes);
        });
    }

    /** Writes {@code item}'s reconciled national demand paths and national model to {@code file}. */
    static void writeReconciled(Path file, ReconciledItem item) throws IOException {
        write(file, out -> {
            header(out, RECONCILED, item.itemCode(), item.itemNo());
            text(out, item.model());
            text(out, item.demand().model());
            paths(out, item.demand());
            out.writeInt(END);
        });
    }

    /** The reconciled national demand of an item, as the contract-sizing step reads it. */
    record Demand(String model, SamplePaths paths) {
    }

    /**
     * Reads the reconciled national demand of item {@code itemNo} ({@code itemCode}) from {@code file}.
     *
     * @throws Unreadable naming the file and what was expected, if it is missing, incomplete or another item's
     */
    static Demand readReconciled(Path file, long itemNo, String itemCode) {
        return read(file, "reconciled national demand", itemNo, itemCode, in -> {
            header(in, file, RECONCILED, itemNo, itemCode);
            String model = text(in);
            String pathsModel = text(in);
            SamplePaths paths = paths(in, itemCode, pathsModel);
            end(in, file);
            return new Demand(model, paths);
        });
    }

    // --- format --------------------------------------------------------------------------------------------------

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                    1 << 16));
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new IOException("cannot write " + partial + ": " + e.getMessage(), e);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static <T> T read(Path file, String what, long itemNo, String itemCode, Reading<T> reading) {
        String item = "item " + itemCode + " (number " + itemNo + "): its " + what + " file " + file;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return reading.read(in);
        } catch (NoSuchFileException e) {
            throw new Unreadable(item + " is missing; expected the file an earlier step of this run wrote there", e);
        } catch (EOFException e) {
            throw new Unreadable(item + " ends early; expected a whole file as the step that writes it leaves it", e);
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable(item + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void header(DataOutputStream out, int magic, String itemCode, long itemNo) throws IOException {
        out.writeInt(magic);
        out.writeInt(VERSION);
        text(out, itemCode);
        out.writeLong(itemNo);
    }

    private static void header(DataInputStream in, Path file, int magic, long itemNo, String itemCode)
            throws IOException {
        int m = in.readInt();
        int version = in.readInt();
        if (m != magic || version != VERSION) {
            throw new Unreadable(file + " is not a version " + VERSION + " " + (magic == BASE ? "base "
                    + "forecasts" : "reconciled demand") + " file (it starts with " + Integer.toHexString(m) + ", "
                    + "version " + version + ")", null);
        }
        String code = text(in);
        long no = in.readLong();
        if (no != itemNo || !code.equals(itemCode)) {
            throw new Unreadable(file + " holds item " + code + " (number " + no + "); expected item " + itemCode
                    + " (number " + itemNo + ")", null);
        }
    }

    private static void end(DataInputStream in, Path file) throws IOException {
        if (in.readInt() != END || in.read() != -1) {
            throw new Unreadable(file + " does not end where its content does; expected a whole file as the step "
                    + "that writes it leaves it", null);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("a text of " + length + " bytes; expected 0 to " + MAX_TEXT);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Paths as {@code count, steps}, then the values path by path as float32. */
    private static void paths(DataOutputStream out, SamplePaths paths) throws IOException {
        int count = paths.count();
        int steps = paths.horizon();
        out.writeInt(count);
        out.writeInt(steps);
        byte[] bytes = new byte[Math.multiplyExact(Math.multiplyExact(count, steps), Float.BYTES)];
        FloatBuffer floats = ByteBuffer.wrap(bytes).asFloatBuffer();
        for (int p = 0; p < count; p++) {
            for (int t = 0; t < steps; t++) {
                floats.put((float) paths.value(p, t));
            }
        }
        out.write(bytes);
    }

    private static SamplePaths paths(DataInputStream in, String key, String model) throws IOException {
        int count = in.readInt();
        int steps = in.readInt();
        if (count < 1 || steps < 1 || (long) count * steps > Integer.MAX_VALUE / Float.BYTES) {
            throw new IOException(count + " paths of " + steps + " steps; expected at least one of one");
        }
        byte[] bytes = new byte[count * steps * Float.BYTES];
        in.readFully(bytes);
        FloatBuffer floats = ByteBuffer.wrap(bytes).asFloatBuffer();
        double[][] values = new double[count][steps];
        for (int p = 0; p < count; p++) {
            for (int t = 0; t < steps; t++) {
                values[p][t] = floats.get();
            }
        }
        return SamplePaths.of(key, model, values);
    }
}
