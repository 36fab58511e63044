package org.factcheck.core.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link ForkedExtractor}: reads drafts from its standard input, one after the other, with a
 * {@link DocumentExtractor}, and writes each one's text or fault to its standard output ({@link WorkerProtocol}).
 * Whatever a library prints goes to standard error, which the parent shows in its own. It exits at the end of its
 * input, or when the parent's JVM options make it exit (out of memory); the parent kills it past its time.
 *
 * <p>Arguments: the most characters of text a draft may extract to.
 */
public final class ExtractionWorker {
    private ExtractionWorker() {
    }

    public static void main(String[] args) {
        try {
            serve(Integer.parseInt(args[0]));
        } catch (IOException e) {
            // the parent closed the pipes (it stopped, or ended this child): nothing is left to answer
        }
    }

    private static void serve(int maxChars) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        DocumentExtractor extractor = new DocumentExtractor(maxChars);
        warmUp(extractor);
        out.writeByte(WorkerProtocol.READY);
        out.flush();
        for (WorkerProtocol.Request request; (request = WorkerProtocol.readRequest(in)) != null; ) {
            ExtractedDocument doc;
            try {
                doc = extractor.extract(request.content(), request.name());
            } catch (DraftException e) {
                WorkerProtocol.writeFault(out, e.kind(), e.getMessage());
                continue;
            } catch (StackOverflowError e) {
                WorkerProtocol.writeFault(out, "too-large", "the document nests its elements too deeply to be read");
                continue;
            } catch (RuntimeException e) {
                WorkerProtocol.writeFault(out, "corrupt", "the document cannot be read ("
                        + org.factcheck.core.Failures.oneLine(String.valueOf(e)) + ")");
                continue;
            }
            WorkerProtocol.writeDocument(out, doc);
        }
    }

    /** Reads a small HTML and a small text, so that the parsers' classes are loaded before the first draft. */
    private static void warmUp(DocumentExtractor extractor) {
        try {
            extractor.extract("<html><body><p>Ready.</p></body></html>".getBytes(StandardCharsets.UTF_8), "ready.html");
            extractor.extract("Ready.".getBytes(StandardCharsets.UTF_8), "ready.txt");
        } catch (DraftException e) {
            throw new IllegalStateException("the extractor cannot read a small HTML: " + e.getMessage(), e);
        }
    }
}
