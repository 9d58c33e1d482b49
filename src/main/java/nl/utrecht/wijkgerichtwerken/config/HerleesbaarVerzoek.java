package nl.utrecht.wijkgerichtwerken.config;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body has been read once (to check it) and is served again, unchanged, to the REST resource. */
final class HerleesbaarVerzoek extends HttpServletRequestWrapper {

    private final byte[] lichaam;

    HerleesbaarVerzoek(HttpServletRequest request) throws IOException {
        super(request);
        this.lichaam = request.getInputStream().readAllBytes();
    }

    byte[] lichaam() {
        return lichaam;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bron = new ByteArrayInputStream(lichaam);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bron.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bron.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return bron.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        Charset tekenset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), tekenset));
    }

    @Override
    public int getContentLength() {
        return lichaam.length;
    }

    @Override
    public long getContentLengthLong() {
        return lichaam.length;
    }
}
